package org.countychain.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainStage;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.KeyTechnology;
import org.countychain.chain.StageKind;
import org.countychain.dataset.CountyDataset;
import org.countychain.test.docx.DocxInspector;
import org.countychain.test.docx.InspectedDocument;
import org.countychain.export.model.ExportRequest;

class ChainMapFigureTest {
    private static ChainStage stage(StageKind kind, String prefix, int links) {
        List<ChainLink> l = new ArrayList<>();
        for (int i = 1; i <= links; i++) {
            l.add(new ChainLink(prefix + i, prefix + "环节" + i,
                    List.of(new KeyTechnology(prefix + "技术" + i, null,
                            i == 1 ? List.of(new Bottleneck(BottleneckKind.HARD_PROBLEM, "难")) : List.of())),
                    List.of(), i == 2 ? List.of(new Bottleneck(BottleneckKind.BREAKPOINT, "断")) : List.of()));
        }
        return new ChainStage(kind, null, l);
    }

    @Test
    void longChainsAreDrawnInBandsOfSixKeepingStagesTogetherWhereTheyFit() {
        CountyDataset sample = DocxExporterTest.COUNTY;
        IndustryChain original = sample.chain(DocxExporterTest.REPORT.chainId()).orElseThrow();
        ChainMap map = new ChainMap(List.of(stage(StageKind.UPSTREAM, "U", 8), stage(StageKind.MIDSTREAM, "M", 2),
                stage(StageKind.DOWNSTREAM, "D", 3)));
        IndustryChain chain = new IndustryChain(original.id(), original.name(), original.county(),
                original.industryCode(), original.aliases(), map);
        CountyDataset county = sample.toBuilder().chains(List.of(chain)).build();
        InspectedDocument doc = DocxInspector.inspect(DocxExporterTest.export(ExportRequest.of(county,
                DocxExporterTest.REPORT)));
        List<InspectedDocument.Table> diagram = doc.tables().stream()
                .filter(t -> t.caption() == null && t.rows().get(0).get(0).equals("产业链")).toList();
        // 8 upstream links: 6, then 2 with the 2 midstream ones; the 3 downstream ones do not fit and start a band.
        assertThat(diagram).extracting(t -> t.rows().get(1).stream().filter(c -> !c.equals("→")).count() - 1)
                .containsExactly(6L, 4L, 3L);
        // Each arrow has a cell of its own after a link, one after a band that the next band continues.
        assertThat(diagram.get(0).rows().get(1)).startsWith("环节", "①U环节1", "→", "②U环节2 ▲", "→");
        assertThat(diagram.get(0).rows().get(1)).last().isEqualTo("→");
        assertThat(diagram).allSatisfy(t -> assertThat(t.rows().get(1)).noneMatch(c -> c.length() > 1 && c.contains("→")));
        assertThat(diagram.get(0).rows().get(2).get(1)).isEqualTo("U技术1 ◆");
        assertThat(diagram.get(1).rows().get(0)).containsExactly("产业链", "上游", "中游");
        assertThat(diagram.get(2).rows().get(1)).last().isEqualTo("⑬D环节3");
        // The chain's last link has no arrow after it.
        assertThat(diagram.get(2).rows().get(1)).containsExactly("环节", "⑪D环节1", "→", "⑫D环节2 ▲", "→", "⑬D环节3");
        assertThat(doc.figures()).extracting(InspectedDocument.Figure::kind)
                .contains(InspectedDocument.FigureType.TABLE_DIAGRAM);
    }
}
