/**
 * CountyChain Spring Boot starter (Spring Boot 自动配置): the library's beans, configuration properties, problem
 * details for its errors, and {@code @Valid} through the validation facade, for Spring Boot 3.5 and 4.0.
 *
 * <p>Spring creates and proxies the configuration classes by reflection, so the package is opened. Spring MVC
 * and the Servlet API are needed only by the web configuration, which Spring Boot applies only when they are
 * present.
 *
 * @since 0.1.0
 */
// "requires-automatic": Spring Framework and Spring Boot ship as automatic modules.
@SuppressWarnings("requires-automatic")
module org.countychain.spring.boot {
    requires transitive org.countychain.poiexport;
    requires spring.beans;
    requires spring.boot;
    requires spring.boot.autoconfigure;
    requires spring.context;
    requires spring.core;
    requires static spring.web;
    requires static spring.webmvc;
    requires static jakarta.servlet;

    exports org.countychain.spring.boot;

    opens org.countychain.spring.boot;
}
