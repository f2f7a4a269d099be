/**
 * Public API: the exception hierarchy and the problem codes shared by every CountyChain module
 * (公共异常与问题代码).
 *
 * <p>Everything the library throws is a {@link org.countychain.CountyChainException} with a stable
 * {@link org.countychain.ErrorCode}, a {@link org.countychain.Location} and a message in Chinese or English.
 */
@NullMarked
package org.countychain;

import org.jspecify.annotations.NullMarked;
