package org.countychain.validation;

/**
 * How serious a violation is (严重程度).
 *
 * @since 0.1.0
 */
public enum ViolationSeverity {
    /** The data is wrong and must be corrected before it is accepted (错误). */
    ERROR,
    /**
     * The data is suspicious but may be right (警告), such as a credit code whose GB 11714 inner check fails: some
     * real codes were issued that way. Warnings do not make a result invalid.
     */
    WARNING
}
