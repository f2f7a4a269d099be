package org.countychain.test;

import org.countychain.rules.ScreeningResult;
import org.countychain.test.docx.InspectedDocument;
import org.countychain.validation.ValidationResult;

/**
 * AssertJ entry points for the library's results (断言入口). Import statically beside AssertJ's own:
 *
 * <pre>{@code
 * import static org.countychain.test.CountyChainAssertions.assertThat;
 *
 * assertThat(validator.validate(county)).hasViolation("CV-0104").at("enterprises[0].creditCode");
 * assertThat(engine.screen(county)).flags("R7-PRIORITY").under("R7");
 * assertThat(DocxInspector.inspect(bytes)).hasHeadingsInOrder("晋江市县域重点产业创新链调研报告", "一、…");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CountyChainAssertions {
    private CountyChainAssertions() {
    }

    /**
     * Assertions on a validation result.
     *
     * @param actual the result
     * @return the assertions
     */
    public static ValidationResultAssert assertThat(ValidationResult actual) {
        return new ValidationResultAssert(actual);
    }

    /**
     * Assertions on a screening result.
     *
     * @param actual the result
     * @return the assertions
     */
    public static ScreeningResultAssert assertThat(ScreeningResult actual) {
        return new ScreeningResultAssert(actual);
    }

    /**
     * Assertions on a Word document read back by {@link org.countychain.test.docx.DocxInspector}.
     *
     * @param actual the document
     * @return the assertions
     */
    public static DocxAssert assertThat(InspectedDocument actual) {
        return new DocxAssert(actual);
    }
}
