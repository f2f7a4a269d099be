/**
 * Internal: the streaming WordprocessingML writer, figures and reference-document reading. Not API; may change in
 * any release.
 */
@NullMarked
package org.countychain.export.docx.internal;

import org.jspecify.annotations.NullMarked;
