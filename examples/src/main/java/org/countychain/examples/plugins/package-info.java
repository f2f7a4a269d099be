/**
 * Example plug-ins, one per extension point of the export: a Markdown exporter
 * ({@link org.countychain.examples.plugins.MarkdownReportExporter}) and a letterhead contributor for the Word export
 * ({@link org.countychain.examples.plugins.LetterheadContributor}).
 */
package org.countychain.examples.plugins;
