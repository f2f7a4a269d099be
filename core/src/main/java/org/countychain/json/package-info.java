/**
 * Public API: the JSON binding of the model (JSON 绑定) — {@link org.countychain.json.CountyChainJson} to read and
 * write with the library's errors, {@link org.countychain.json.CountyChainModule} for integrators' own Jackson
 * mappers.
 */
@NullMarked
package org.countychain.json;

import org.jspecify.annotations.NullMarked;
