/**
 * Public API: the read-back inspector for .docx files (文档检查器) —
 * {@link org.countychain.export.docx.inspect.DocxInspector} and what it finds,
 * {@link org.countychain.export.docx.inspect.InspectedDocument}. For the library's tests and integrators' tests.
 */
package org.countychain.export.docx.inspect;
