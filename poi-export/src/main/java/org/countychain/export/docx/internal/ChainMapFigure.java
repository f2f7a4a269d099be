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
 * legend, the caption under it. Arrows between links have narrow columns of their own, so they never wrap under a
 * link's name; actors are named where the box has room and counted by kind beyond that. Text is the document's own, in the style sheet's figure font, so the reader's
 * program renders it with the document's fonts: no server font is needed. More than {@value #MAX_LINKS} links are
 * drawn as several bands one under the other, whole stages kept together where they fit.
 */
final class ChainMapFigure {
    static final int MAX_LINKS = 6;
    /** The most lines of actor names under a link before the rest are counted. */
    static final int ACTOR_LINES = 8;
    private static final String ARROW = "→";
    /** An arrow column's width in ems of the figure font: the arrow and a little air, no cell margins. */
    private static final double ARROW_EMS = 2.2;
    private static final String STAGE_FILL = "D9D9D9";
    private static final String LINK_FILL = "DEEAF6";
    private static final String LABEL_FILL = "F2F2F2";

    private ChainMapFigure() {
    }

    /** The mark a bottleneck of a kind carries in the figure and its legend. */
    static String mark(BottleneckKind kind) {
        return switch (kind) {
            case BREAKPOINT -> "▲";
            case BLOCKAGE -> "■";
            case HARD_PROBLEM -> "◆";
        };
    }

    static void write(BodyXml body, ChainMap map, String caption) {
        List<List<Slot>> bands = bands(map);
        int total = body.textWidthTwips();
        int labelWidth = total * 11 / 100;
        String bold = body.figureRunBold();
        String plain = body.figureRun();
        // An arrow has a narrow column of its own between two links, so it never wraps under a link's name.
        int arrowWidth = (int) Math.round(body.figureFontPt() * 20 * ARROW_EMS);
        int linkNumber = 0;
        for (List<Slot> band : bands) {
            int n = band.size();
            boolean continues = linkNumber + n < map.links().size();
            int arrows = n - 1 + (continues ? 1 : 0);
            int linkWidth = (total - labelWidth - arrows * arrowWidth) / n;
            // Grid: label, then per link its column and, but for the chain's last link, an arrow column.
            int[] grid = new int[1 + n + arrows];
            grid[0] = labelWidth;
            int[] linkColumn = new int[n];
            int g = 1;
            for (int j = 0; j < n; j++) {
                linkColumn[j] = g;
                grid[g++] = linkWidth;
                if (j < n - 1 || continues) {
                    grid[g++] = arrowWidth;
                }
            }
            grid[grid.length - 1] += total - sum(grid);
            body.beginTable(grid, caption);
            // Stage row: each stage spans its links (and the arrows after them) in this band.
            body.beginRow(false);
            body.cell(grid[0], 1, LABEL_FILL, Parts.FIGURE_TEXT, bold, List.of("产业链"));
            int i = 0;
            while (i < n) {
                ChainStage stage = band.get(i).stage();
                int first = linkColumn[i];
                while (i < n && band.get(i).stage() == stage) {
                    i++;
                }
                int end = i < n ? linkColumn[i] : grid.length;
                body.cell(width(grid, first, end), end - first, STAGE_FILL, Parts.FIGURE_TEXT, bold,
                        List.of(stage.displayName()));
            }
            body.endRow();
            // Link row: the boxes, numbered in chain order, with the arrows between them.
            body.beginRow(false);
            body.cell(grid[0], 1, LABEL_FILL, Parts.FIGURE_TEXT, bold, List.of("环节"));
            for (int j = 0; j < n; j++) {
                ChainLink link = band.get(j).link();
                linkNumber++;
                body.cell(linkWidth, 1, LINK_FILL, Parts.FIGURE_TEXT, bold,
                        List.of(circled(linkNumber) + link.name() + marks(link.bottlenecks())));
                if (j < n - 1 || continues) {
                    body.topCell(grid[linkColumn[j] + 1], Parts.FIGURE_TEXT, bold, ARROW);
                }
            }
            body.endRow();
            // Key technologies, each with its bottleneck marks; actors by name where the box has room.
            List<List<String>> technologies = new ArrayList<>();
            List<List<String>> actors = new ArrayList<>();
            int chars = Math.max(2, (int) Math.floor((linkWidth - 170) / (body.figureFontPt() * 20)));
            for (Slot slot : band) {
                List<String> lines = new ArrayList<>();
                for (KeyTechnology t : slot.link().technologies()) {
                    lines.add(t.name() + marks(t.bottlenecks()));
                }
                technologies.add(lines.isEmpty() ? List.of("—") : lines);
                actors.add(actors(slot.link(), chars));
            }
            row(body, grid, linkColumn, bold, plain, "关键技术", technologies);
            row(body, grid, linkColumn, bold, plain, "链上主体", actors);
            body.endTable();
        }
        body.styled(Parts.FIGURE_TEXT, plain, "图例：▲ 断点　■ 堵点　◆ 难点（标在环节或关键技术后）；→ 产业链流向；"
                + "阴影框为产业链环节。");
        body.caption(caption);
    }

    /** A row under the links: each link's cell spans its column and the arrow column after it. */
    private static void row(BodyXml body, int[] grid, int[] linkColumn, String bold, String plain, String label,
                            List<List<String>> cells) {
        body.beginRow(false);
        body.cell(grid[0], 1, LABEL_FILL, Parts.FIGURE_TEXT, bold, List.of(label));
        for (int j = 0; j < cells.size(); j++) {
            int first = linkColumn[j];
            int end = j + 1 < linkColumn.length ? linkColumn[j + 1] : grid.length;
            body.cell(width(grid, first, end), end - first, null, Parts.FIGURE_TEXT, plain, cells.get(j));
        }
        body.endRow();
    }

    private static int width(int[] grid, int from, int to) {
        int w = 0;
        for (int c = from; c < to; c++) {
            w += grid[c];
        }
        return w;
    }

    private static int sum(int[] grid) {
        return width(grid, 0, grid.length);
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
            sb.append(mark(b.kind()));
        }
        return sb.length() == 0 ? "" : " " + sb;
    }

    /**
     * The actors of a link: their names, one a line, while they take no more than {@value #ACTOR_LINES} lines of a
     * box {@code chars} characters wide; the rest counted by kind ({@code 另有企业 3}).
     */
    static List<String> actors(ChainLink link, int chars) {
        if (link.actors().isEmpty()) {
            return List.of("—");
        }
        List<String> lines = new ArrayList<>();
        int used = 0;
        int shown = 0;
        for (ChainActor a : link.actors()) {
            int need = (int) Math.ceil(TableLayout.ems(a.name()) / chars);
            if (used + need > ACTOR_LINES - (shown + 1 < link.actors().size() ? 1 : 0)) {
                break;
            }
            lines.add(a.name());
            used += need;
            shown++;
        }
        if (shown < link.actors().size()) {
            Map<ActorKind, Integer> counts = new EnumMap<>(ActorKind.class);
            for (ChainActor a : link.actors().subList(shown, link.actors().size())) {
                counts.merge(a.kind(), 1, Integer::sum);
            }
            List<String> rest = new ArrayList<>();
            counts.forEach((k, v) -> rest.add(k.label() + " " + v));
            lines.add((shown == 0 ? "" : "另有") + String.join("、", rest));
        }
        return lines;
    }

    private static String circled(int n) {
        return n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : n + ".";
    }
}
