package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.countychain.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming import checks each row as the collecting one does, and leaves checks across rows to the caller. */
class StreamingImportTest {
    @TempDir
    Path dir;

    @Test
    void eachRowIsCheckedAsInTheCollectingImportAndHandedOnInOrder() throws Exception {
        Path file = dir.resolve("bad-cells.csv");
        try (InputStream in = getClass().getResourceAsStream("bad-cells.csv")) {
            Files.copy(in, file);
        }
        ImportResult collected = EnterpriseImporter.defaults().importFile(file);
        List<ImportedRow> accepted = new ArrayList<>();
        List<ImportResult.RejectedRow> rejected = new ArrayList<>();
        ImportSummary s = EnterpriseImporter.defaults().importFile(file, new ImportListener() {
            @Override
            public void accepted(ImportedRow row) {
                accepted.add(row);
            }

            @Override
            public void rejected(ImportResult.RejectedRow row) {
                rejected.add(row);
            }
        });
        assertThat(s.rowsRead()).isEqualTo(collected.rowsRead()).isEqualTo(15);
        assertThat(s.sheets()).extracting(ImportResult.SheetRead::headerRow).containsExactly(3);
        // Rows 16 and 17 clash with row 4 (another name, the same year twice): a check across rows, the caller's.
        assertThat(accepted).extracting(ImportedRow::row).containsExactly(4, 16, 17, 18);
        assertThat(rejected).extracting(ImportResult.RejectedRow::row)
                .containsExactlyElementsOf(collected.rejectedRows().stream().map(ImportResult.RejectedRow::row)
                        .filter(r -> r < 16).toList());
        assertThat(rejected.stream().flatMap(r -> r.errors().stream()).map(RowError::code).toList())
                .containsExactlyElementsOf(collected.errors().stream().filter(e -> e.row() < 16)
                        .map(RowError::code).toList());
        assertThat(s.rowsAccepted()).isEqualTo(accepted.size());
        assertThat(s.rowsRejected()).isEqualTo(rejected.size());
        ImportedRow first = accepted.get(0);
        assertThat(first.sheet()).isEqualTo("bad-cells.csv");
        assertThat(first.enterprise().years()).hasSize(1);
        assertThat(first.enterprise().year(2024).orElseThrow().operatingRevenue()).isEqualByComparingTo("12345000");
        assertThat(collected.errors()).extracting(RowError::code).contains(ErrorCode.DUPLICATE);
    }
}
