/**
 * For writers of other report formats (报告遍历): {@link org.countychain.export.walk.ReportWalker} walks a research
 * report in its template's order — title, chapters, items, their blocks, the advantage-unit table, figures with
 * their data, appendices — with personal data shown as the export request says, and
 * {@link org.countychain.export.walk.TextEscaping} makes text safe for HTML and Markdown, so an HTML or Markdown
 * exporter writes what the Word export writes without walking the template by hand.
 */
@NullMarked
package org.countychain.export.walk;

import org.jspecify.annotations.NullMarked;
