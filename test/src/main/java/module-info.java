/**
 * CountyChain test kit (测试工具): builders and withers for the model, AssertJ assertions for validation results,
 * screening results and Word documents, and the {@code .docx} inspector, for integrators' and plug-in authors'
 * tests.
 *
 * @since 0.1.0
 */
module org.countychain.test {
    requires transitive org.countychain.core;
    requires transitive org.countychain.validation;
    requires transitive org.assertj.core;
    requires java.xml;
    requires static transitive org.jspecify;

    exports org.countychain.test;
    exports org.countychain.test.docx;
}
