/**
 * CountyChain for Jackson 3 (Jackson 3 模块): the model's reading and writing rules for a {@code tools.jackson}
 * mapper, found through {@link java.util.ServiceLoader} by Spring Boot 4 and
 * {@code JsonMapper.builder().findAndAddModules()}.
 *
 * @provides tools.jackson.databind.JacksonModule {@link org.countychain.jackson3.CountyChainJacksonModule}
 * @since 0.1.0
 */
// "module": the name keeps the Automatic-Module-Name the jar had before it was a named module, digit included.
@SuppressWarnings("module")
module org.countychain.jackson3 {
    requires transitive org.countychain.core;
    requires transitive tools.jackson.databind;
    requires static transitive org.jspecify;

    exports org.countychain.jackson3;

    provides tools.jackson.databind.JacksonModule with org.countychain.jackson3.CountyChainJacksonModule;
}
