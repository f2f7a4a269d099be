/**
 * Public API: innovation platforms by type and level, including enclave (飞地) platforms (创新平台, R10).
 */
@NullMarked
package org.countychain.platform;

import org.jspecify.annotations.NullMarked;
