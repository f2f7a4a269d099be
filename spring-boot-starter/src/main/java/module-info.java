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
// "requires-(transitive-)automatic": Spring Framework and Spring Boot ship as automatic modules. Their types are in
// this module's API (the auto-configuration classes, the message converter), hence transitive.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.countychain.spring.boot {
    requires transitive org.countychain.poiexport;
    requires transitive spring.beans;
    requires transitive spring.boot;
    requires transitive spring.boot.autoconfigure;
    requires transitive spring.context;
    requires transitive spring.core;
    requires spring.jcl;
    requires static transitive spring.web;
    requires static transitive spring.webmvc;
    requires static transitive jakarta.servlet;
    requires static transitive org.jspecify;

    exports org.countychain.spring.boot;

    opens org.countychain.spring.boot;
}
