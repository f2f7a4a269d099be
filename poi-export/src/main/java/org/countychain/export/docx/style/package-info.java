/**
 * Public API: the style sheet of exported Word reports (文档样式表) — {@link org.countychain.export.docx.style.StyleSheet}
 * with its GB/T 9704 preset, text styles and page setup.
 */
@NullMarked
package org.countychain.export.docx.style;

import org.jspecify.annotations.NullMarked;
