package org.countychain.export.docx.spi;

import org.countychain.Experimental;
import org.countychain.export.docx.style.StyleSheet;
import org.countychain.report.ContentBlock;
import org.countychain.report.TemplateItem;
import org.jspecify.annotations.Nullable;

/**
 * SPI: adds to or replaces parts of the Word report (文档内容插件) — a city's letterhead above the title, a local
 * section after an item, its own drawing of the chain map, page headers and footers. Registered on
 * {@code DocxExporter.builder()} or found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.countychain.export.docx.spi.DocxContributor}) with
 * {@code DocxExporter.builder().discoverContributors(loader)}. Contributors run in the order registered; for a
 * replacement, the first one that answers {@code true} wins.
 *
 * <p>Every method has a default that does nothing, so a contributor implements only what it changes.
 * Implementations are stateless or thread-safe.
 *
 * <p>Experimental: may change until a second release has proved it.
 *
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public interface DocxContributor {
    /**
     * A stable id, for messages and to tell duplicates apart, for example {@code letterhead}.
     *
     * @return the id
     */
    String id();

    /**
     * Changes the style sheet before anything is written (fonts, sizes, margins).
     *
     * @param base the style sheet so far
     * @return the style sheet to use
     */
    default StyleSheet styleSheet(StyleSheet base) {
        return base;
    }

    /**
     * Writes content before the title, for example a letterhead.
     *
     * @param context the export
     * @param body    where to write
     */
    default void beforeTitle(ContributionContext context, BodyWriter body) {
    }

    /**
     * Writes a template item's content instead of the exporter (the heading is written already).
     *
     * @param item    the template item
     * @param context the export
     * @param body    where to write
     * @return true when this contributor wrote the content; false to leave it to others and the exporter
     */
    default boolean replaceItem(TemplateItem item, ContributionContext context, BodyWriter body) {
        return false;
    }

    /**
     * Draws a figure instead of the exporter, caption included.
     *
     * @param figure  the figure block
     * @param context the export
     * @param body    where to write
     * @return true when this contributor drew it
     */
    default boolean replaceFigure(ContentBlock.Figure figure, ContributionContext context, BodyWriter body) {
        return false;
    }

    /**
     * Writes content after a template item's content, for example a local section.
     *
     * @param item    the template item
     * @param context the export
     * @param body    where to write
     */
    default void afterItem(TemplateItem item, ContributionContext context, BodyWriter body) {
    }

    /**
     * Writes content after the last chapter, before the appendices.
     *
     * @param context the export
     * @param body    where to write
     */
    default void afterChapters(ContributionContext context, BodyWriter body) {
    }

    /**
     * Writes the page header and footer (页眉页脚), for example the issuing authority's name in the header and
     * {@code 第{page}页 共{pages}页} in the footer. Called once per export, before the body is written. When a
     * reference document brings its own page setup, its headers and footers are kept and what contributors write
     * here is left out with a warning in the export result.
     *
     * @param context the export
     * @param pages   where to write
     */
    default void pageMargins(ContributionContext context, PageMarginWriter pages) {
    }

    /**
     * The CountyChain version this plug-in was compiled against, so that a plug-in built for another version is
     * reported when it is registered rather than failing with a {@code NoSuchMethodError} while it runs. Implement
     * it as {@code return CountyChainVersion.SPI;}: the compiler copies that constant into the plug-in's class.
     *
     * @return {@code major.minor}, or {@code null} (the default) when the plug-in does not say
     * @see org.countychain.CountyChainVersion#incompatibility(String)
     */
    default @Nullable String builtAgainst() {
        return null;
    }
}
