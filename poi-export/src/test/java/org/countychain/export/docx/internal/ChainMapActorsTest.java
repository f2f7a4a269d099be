package org.countychain.export.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.countychain.chain.ActorKind;
import org.countychain.chain.ChainActor;
import org.countychain.chain.ChainLink;

class ChainMapActorsTest {
    private static ChainLink link(int enterprises, int universities, String name) {
        List<ChainActor> actors = new ArrayList<>();
        for (int i = 1; i <= enterprises; i++) {
            actors.add(new ChainActor(name + i, ActorKind.ENTERPRISE, null));
        }
        for (int i = 1; i <= universities; i++) {
            actors.add(new ChainActor("大学" + i, ActorKind.UNIVERSITY, null));
        }
        return new ChainLink("l", "环节", List.of(), actors, List.of());
    }

    @Test
    void actorsAreNamedWhileTheBoxHasRoom() {
        assertThat(ChainMapFigure.actors(link(2, 1, "企业"), 6)).containsExactly("企业1", "企业2", "大学1");
        // Exactly eight one-line names fit; a ninth is counted with the rest.
        assertThat(ChainMapFigure.actors(link(8, 0, "企业"), 6)).hasSize(8).doesNotContain("企业 1");
        assertThat(ChainMapFigure.actors(link(9, 0, "企业"), 6)).hasSize(8).endsWith("另有企业 2");
        assertThat(ChainMapFigure.actors(link(9, 2, "企业"), 6)).endsWith("另有企业 2、高校 2");
    }

    @Test
    void longNamesTakeSeveralLinesAndNoActorIsLost() {
        // Eleven characters in a box six wide: two lines each, so three names and a count.
        List<String> lines = ChainMapFigure.actors(link(5, 0, "晋江市某某鞋服科技公司"), 6);
        assertThat(lines).containsExactly("晋江市某某鞋服科技公司1", "晋江市某某鞋服科技公司2", "晋江市某某鞋服科技公司3",
                "另有企业 2");
        assertThat(ChainMapFigure.actors(link(3, 0, "一个名字长到一个框装不下的企业有限责任公司"), 2))
                .containsExactly("企业 3");
        assertThat(ChainMapFigure.actors(link(0, 0, "x"), 6)).containsExactly("—");
    }
}
