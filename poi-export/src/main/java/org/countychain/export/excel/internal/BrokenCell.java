package org.countychain.export.excel.internal;

import java.util.List;

/**
 * A cell the reader could not take as written, handed on with its row so that the row is rejected rather than
 * read with the cell silently empty or the whole import aborted.
 *
 * @param reference the cell's reference as far as it is known ({@code E12}, or the reference as written when it is
 *                  beyond column XFD)
 * @param column    the cell's 0-based column, or -1 when it has none a sheet can hold
 * @param limit     whether a length limit was reached (the cell is fine but too long), not broken XML
 * @param key       the message key of the reason ({@code excel.broken.*}, {@code excel.limit.*})
 * @param arguments the message's arguments
 */
public record BrokenCell(String reference, int column, boolean limit, String key, List<String> arguments) {
    /** The last column a sheet can have: XFD, 0-based. */
    public static final int MAX_COLUMN = 16_383;
    /** The last row a sheet can have. */
    public static final int MAX_ROW = 1_048_576;

    /**
     * Copies the arguments.
     *
     * @param reference the reference
     * @param column    the column
     * @param limit     whether a limit was reached
     * @param key       the key
     * @param arguments the arguments
     */
    public BrokenCell {
        arguments = List.copyOf(arguments);
    }
}
