package org.countychain.export.docx.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.countychain.chain.ActorKind;
import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.chain.ChainActor;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainStage;
import org.countychain.chain.KeyTechnology;

/**
 * The chain map (产业创新链图谱) as a bordered table diagram: stages left to right over their links, each link a
 * shaded box with its key technologies and actors under it, bottlenecks marked by kind with a symbol explained in a
 * legend, the caption under it. Text is the document's own, in the style sheet's figure font, so the reader's
 * program renders it with the document's fonts: no server font is needed. More than {@value #MAX_LINKS} links are
 * drawn as several bands one under the other, whole stages kept together where they fit.
 */
final class ChainMapFigure {
    static final int MAX_LINKS = 6;
    private static final Map<BottleneckKind, String> MARK = new EnumMap<>(Map.of(
            BottleneckKind.BREAKPOINT, "▲", BottleneckKind.BLOCKAGE, "■", BottleneckKind.HARD_PROBLEM, "◆"));
    private static final String STAGE_FILL = "D9D9D9";
    private static final String LINK_FILL = "DEEAF6";
    private static final String LABEL_FILL = "F2F2F2";

    private ChainMapFigure() {
    }

    static String mark(BottleneckKind kind) {
        return MARK.get(kind);
    }

    static void write(BodyXml body, ChainMap map, String caption) {
        List<List<Slot>> bands = bands(map);
        int total = body.textWidthTwips();
        int labelWidth = total * 11 / 100;
        String bold = body.figureRunBold();
        String plain = body.figureRun();
        int linkNumber = 0;
        for (List<Slot> band : bands) {
            int n = band.size();
            int[] widths = new int[n + 1];
            widths[0] = labelWidth;
            int rest = total - labelWidth;
            for (int i = 1; i <= n; i++) {
                widths[i] = rest / n + (i == n ? rest % n : 0);
            }
            body.beginTable(widths, caption);
            // Stage row: each stage spans its links in this band.
            body.beginRow(false);
            body.cell(widths[0], 1, LABEL_FILL, Parts.FIGURE_TEXT, bold, List.of("产业链"));
            int i = 0;
            while (i < n) {
                ChainStage stage = band.get(i).stage();
                int span = 0;
                int width = 0;
                while (i + span < n && band.get(i + span).stage() == stage) {
                    width += widths[i + span + 1];
                    span++;
                }
                body.cell(width, span, STAGE_FILL, Parts.FIGURE_TEXT, bold, List.of(stage.displayName()));
                i += span;
            }
            body.endRow();
            // Link row: the boxes, numbered in chain order, with an arrow to the next link.
            body.beginRow(false);
            body.cell(widths[0], 1, LABEL_FILL, Parts.FIGURE_TEXT, bold, List.of("环节"));
            for (int j = 0; j < n; j++) {
                ChainLink link = band.get(j).link();
                linkNumber++;
                boolean last = linkNumber == map.links().size();
                body.cell(widths[j + 1], 1, LINK_FILL, Parts.FIGURE_TEXT, bold,
                        List.of(circled(linkNumber) + link.name() + marks(link.bottlenecks()) + (last ? "" : " →")));
            }
            body.endRow();
            // Key technologies, each with its bottleneck marks.
            body.beginRow(false);
            body.cell(widths[0], 1, LABEL_FILL, Parts.FIGURE_TEXT, bold, List.of("关键技术"));
            for (int j = 0; j < n; j++) {
                List<String> lines = new ArrayList<>();
                for (KeyTechnology t : band.get(j).link().technologies()) {
                    lines.add(t.name() + marks(t.bottlenecks()));
                }
                body.cell(widths[j + 1], 1, null, Parts.FIGURE_TEXT, plain, lines.isEmpty() ? List.of("—") : lines);
            }
            body.endRow();
            // Actors: how many of each kind.
            body.beginRow(false);
            body.cell(widths[0], 1, LABEL_FILL, Parts.FIGURE_TEXT, bold, List.of("链上主体"));
            for (int j = 0; j < n; j++) {
                body.cell(widths[j + 1], 1, null, Parts.FIGURE_TEXT, plain, List.of(actors(band.get(j).link())));
            }
            body.endRow();
            body.endTable();
        }
        body.styled(Parts.FIGURE_TEXT, plain, "图例：▲ 断点　■ 堵点　◆ 难点（标在环节或关键技术后）；→ 产业链流向；"
                + "阴影框为产业链环节。");
        body.caption(caption);
    }

    private record Slot(ChainStage stage, ChainLink link) {
    }

    /**
     * Bands of at most {@value #MAX_LINKS} links, filled with whole stages where they fit, so a stage is split across
     * bands only when it alone has more links than a band holds.
     */
    private static List<List<Slot>> bands(ChainMap map) {
        List<List<Slot>> bands = new ArrayList<>();
        List<Slot> band = new ArrayList<>();
        for (ChainStage s : map.stages()) {
            List<Slot> stage = new ArrayList<>();
            for (ChainLink l : s.links()) {
                stage.add(new Slot(s, l));
            }
            if (!band.isEmpty() && band.size() + stage.size() > MAX_LINKS) {
                bands.add(band);
                band = new ArrayList<>();
            }
            for (Slot slot : stage) {
                if (band.size() == MAX_LINKS) {
                    bands.add(band);
                    band = new ArrayList<>();
                }
                band.add(slot);
            }
        }
        if (!band.isEmpty()) {
            bands.add(band);
        }
        return bands;
    }

    private static String marks(List<Bottleneck> bottlenecks) {
        StringBuilder sb = new StringBuilder();
        for (Bottleneck b : bottlenecks) {
            sb.append(MARK.get(b.kind()));
        }
        return sb.length() == 0 ? "" : " " + sb;
    }

    private static String actors(ChainLink link) {
        if (link.actors().isEmpty()) {
            return "—";
        }
        Map<ActorKind, Integer> counts = new EnumMap<>(ActorKind.class);
        for (ChainActor a : link.actors()) {
            counts.merge(a.kind(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "\n").append(k.label()).append(' ').append(v));
        return sb.toString();
    }

    private static String circled(int n) {
        return n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : n + ".";
    }
}
