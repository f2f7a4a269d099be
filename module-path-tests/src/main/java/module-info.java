/**
 * An integrator's named module using CountyChain on the module path: it requires the export module (which brings
 * core and validation) and the Jackson 3 module, and nothing else of the library.
 */
module com.example.consumer {
    requires org.countychain.poiexport;
    requires org.countychain.jackson3;

    exports com.example.consumer;
}
