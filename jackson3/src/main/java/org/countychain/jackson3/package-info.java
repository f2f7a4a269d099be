/**
 * The CountyChain model on Jackson 3 ({@code tools.jackson}, the Jackson of Spring Boot 4): a
 * {@link tools.jackson.databind.JacksonModule} found through {@link java.util.ServiceLoader}, and a strict mapper
 * that writes the same bytes as {@link org.countychain.json.CountyChainJson} (Jackson 3 模块).
 */
@NullMarked
package org.countychain.jackson3;

import org.jspecify.annotations.NullMarked;
