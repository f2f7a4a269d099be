/**
 * Internal implementation details of the rule engine (内部实现). Not API: may change in any release; do not
 * depend on it.
 */
package org.countychain.rules.internal;
