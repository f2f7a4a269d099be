package org.countychain.internal;

/**
 * The longest text each field of the model holds (文本长度上限), by the field's name: what validation's
 * {@code @BoundedText} reports past and what the Excel and CSV import rejects a cell past, so that a value one accepts
 * the other accepts too. The table is documented in {@code docs/validation.md} ("Text lengths"). Internal: not part
 * of the API.
 */
public final class TextLimits {
    /** Ids and keys. */
    public static final int ID = 64;
    /** Codes, phone numbers, certificate numbers. */
    public static final int CODE = 32;
    /** Names, titles, organisations, places. */
    public static final int NAME = 200;
    /** A keyword, an alias, a table cell's heading. */
    public static final int WORD = 100;
    /** A note, a caption, a table cell. */
    public static final int SHORT_TEXT = 2_000;
    /** A description, a strengths paragraph. */
    public static final int TEXT = 5_000;
    /** A paragraph of a report. */
    public static final int PARAGRAPH = 20_000;
    /** Any other text. */
    public static final int OTHER = 500;

    private TextLimits() {
    }

    /**
     * The most characters a text field holds, by its name; for a list of texts, each element's.
     *
     * @param field the record component's name, {@code name} or {@code registeredAddress}
     * @return the limit in characters ({@code char}s, as {@link String#length()} counts them)
     */
    public static int of(String field) {
        return switch (field) {
            case "id", "unitId", "chainId", "linkId", "itemId", "templateEdition", "ruleId" -> ID;
            case "phone", "number", "industryCode", "image" -> CODE;
            case "name", "unitName", "chainName", "title", "owner", "proposer", "organisation", "field", "issuer",
                 "preparedBy", "place", "source", "intermediary", "kind", "contact" -> NAME;
            case "keywords", "aliases", "chainIds", "header" -> WORD;
            case "note", "caption", "rows" -> SHORT_TEXT;
            case "description", "strengths" -> TEXT;
            case "text" -> PARAGRAPH;
            default -> OTHER;
        };
    }
}
