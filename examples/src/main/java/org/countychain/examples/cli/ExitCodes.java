package org.countychain.examples.cli;

/**
 * The exit codes of {@code countychain} (退出码). Scripts may rely on them.
 */
public final class ExitCodes {
    /** The command did its job. */
    public static final int OK = 0;
    /** The command ran, and the data has findings or violations (used by {@code validate} and {@code screen}). */
    public static final int FINDINGS = 1;
    /** The command line or the input is unusable: a usage error, or any error the library reports. */
    public static final int USAGE = 2;
    /**
     * The Java heap was too small for the input ({@code CC-9005} on standard error, with the heap's size and a larger
     * {@code -Xmx} to try). Not 1, which means findings, nor 70, which means a bug: the input is fine, the JVM needs
     * more memory or the input must be split.
     */
    public static final int OUT_OF_MEMORY = 3;
    /** A bug: an exception that is not one of the library's. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
