package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * An importer's settings are the integrator's code, not data: a wrong one is a programming error, reported as the
 * JDK reports one (an {@link IllegalArgumentException} or a {@link NullPointerException} naming the parameter), at
 * the call that makes it rather than at the first import.
 */
class ImporterSettingsTest {

    @Test
    void limitsBelowOneAreProgrammingErrorsAndOneIsTheSmallestAccepted() {
        EnterpriseImporter importer = EnterpriseImporter.defaults();
        assertThatThrownBy(() -> importer.withMaxFileBytes(0)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxFileBytes");
        assertThatThrownBy(() -> importer.withMaxRows(0)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRows");
        assertThatThrownBy(() -> importer.withMaxCellChars(0)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxCellChars");
        assertThat(importer.withMaxCellChars(1).maxCellChars()).isEqualTo(1);
        assertThat(importer.withMaxFileBytes(1)).isNotNull();
        assertThat(importer.withMaxRows(1)).isNotNull();
        assertThat(importer.withSheet(0)).isNotNull();
    }

    @Test
    void aNullSettingNamesTheParameter() {
        EnterpriseImporter importer = EnterpriseImporter.defaults();
        assertThatThrownBy(() -> importer.withSheet(null)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> importer.withDivisions(null)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("divisions");
    }
}
