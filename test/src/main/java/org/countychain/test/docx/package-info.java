/**
 * Reads a .docx back for tests (文档检查): {@link org.countychain.test.docx.DocxInspector}.
 */
package org.countychain.test.docx;
