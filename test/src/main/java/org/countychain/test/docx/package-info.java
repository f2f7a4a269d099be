/**
 * Reads a .docx back for tests (文档检查): {@link org.countychain.test.docx.DocxInspector}.
 */
@NullMarked
package org.countychain.test.docx;

import org.jspecify.annotations.NullMarked;
