/**
 * Public API: the built-in rules of 闽科高〔2024〕135号 (通知内置规则), one class per rule, each with its finding types
 * as constants. Usable by hand, and listed for {@link java.util.ServiceLoader}.
 */
@NullMarked
package org.countychain.rules.notice;

import org.jspecify.annotations.NullMarked;
