package org.countychain.export.excel;

import java.nio.file.Path;
import java.util.List;

import org.countychain.sample.SampleCounty;

/** Small files for tests. */
final class EnterpriseTemplateSupport {
    private EnterpriseTemplateSupport() {
    }

    static Path minimal(Path file) throws Exception {
        EnterpriseListWriter.writeXlsx(List.of(SampleCounty.jinjiang().enterprises().get(0)), file);
        return file;
    }
}
