/**
 * CountyChain export (导出模块): research reports in the notice's fixed Word format, Excel workbooks (the lists, the
 * enterprise import), the province batch and the city submission package, written with Apache POI.
 *
 * <p>Only the API and SPI packages are exported; the {@code internal} packages are not. The packages holding a
 * problem-code bundle are opened to core, which renders every {@link org.countychain.ProblemCode}'s message.
 *
 * @uses org.countychain.export.spi.ReportExporter
 * @uses org.countychain.export.docx.spi.DocxContributor
 * @provides org.countychain.export.spi.ReportExporter the Word exporter
 * @since 0.1.0
 */
module org.countychain.poiexport {
    requires transitive org.countychain.core;
    requires transitive org.countychain.validation;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.commons.compress;
    requires java.xml;
    requires static transitive org.jspecify;

    exports org.countychain.export;
    exports org.countychain.export.batch;
    exports org.countychain.export.docx;
    exports org.countychain.export.docx.read;
    exports org.countychain.export.docx.spi;
    exports org.countychain.export.docx.style;
    exports org.countychain.export.excel;
    exports org.countychain.export.model;
    exports org.countychain.export.spi;
    exports org.countychain.export.submission;
    exports org.countychain.export.walk;

    opens org.countychain.export to org.countychain.core;
    opens org.countychain.export.batch to org.countychain.core;
    opens org.countychain.export.docx.read to org.countychain.core;
    opens org.countychain.export.excel to org.countychain.core;
    opens org.countychain.export.submission to org.countychain.core;

    uses org.countychain.export.spi.ReportExporter;
    uses org.countychain.export.docx.spi.DocxContributor;

    provides org.countychain.export.spi.ReportExporter with org.countychain.export.docx.DocxExporter;
}
