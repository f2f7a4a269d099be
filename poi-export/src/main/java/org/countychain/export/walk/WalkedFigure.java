package org.countychain.export.walk;

import java.util.List;
import java.util.Optional;

import org.countychain.Experimental;
import org.countychain.chain.ChainMap;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.jspecify.annotations.Nullable;

/**
 * A figure of the report with the data it is drawn from (图及其数据): the chain map's stages, the R&amp;D intensity
 * bars, or the picture's bytes; when that is missing, why, in the words the Word export prints in its place.
 *
 * @param block        the figure block: kind, caption, image name
 * @param chainMap     for {@link FigureKind#CHAIN_MAP}: the chain's map, when the data set has one with stages
 * @param rdIntensity  for {@link FigureKind#RD_INTENSITY_CHART}: the bars, highest first, at most
 *                     {@link ReportWalker#MAX_INTENSITY_BARS}; otherwise empty
 * @param image        for {@link FigureKind#IMAGE}: the picture's bytes as the request holds them
 * @param missing      why the figure cannot be drawn, for example {@code 产业链图谱数据缺失}, or {@code null}
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public record WalkedFigure(ContentBlock.Figure block, Optional<ChainMap> chainMap, List<IntensityBar> rdIntensity,
                           Optional<byte[]> image, @Nullable String missing) {
    /**
     * Copies the list.
     */
    public WalkedFigure {
        rdIntensity = List.copyOf(rdIntensity);
    }

    /**
     * One enterprise's R&amp;D intensity in the report's year (研发强度).
     *
     * @param enterprise the enterprise's name
     * @param percent    R&amp;D expense as a percentage of operating revenue, two decimals
     * @since 0.1.0
     */
    public record IntensityBar(String enterprise, java.math.BigDecimal percent) {
    }
}
