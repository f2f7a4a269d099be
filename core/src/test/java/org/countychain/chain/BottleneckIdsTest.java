package org.countychain.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.json.CountyChainJson;
import org.junit.jupiter.api.Test;

/** Bottlenecks and key technologies get stable ids: given, or derived from their place on the map. */
class BottleneckIdsTest {
    private static ChainMap map(ChainLink... links) {
        return new ChainMap(List.of(new ChainStage(StageKind.UPSTREAM, null, List.of(links))));
    }

    private static ChainLink link(String id, List<KeyTechnology> technologies, Bottleneck... bottlenecks) {
        return new ChainLink(id, id + "环节", technologies, List.of(), List.of(bottlenecks));
    }

    @Test
    void missingIdsAreDerivedFromThePlace() {
        ChainMap m = map(link("fiber", List.of(
                        new KeyTechnology("纺丝", null, List.of(new Bottleneck(BottleneckKind.HARD_PROBLEM, "难"),
                                new Bottleneck(BottleneckKind.BREAKPOINT, "断"))),
                        new KeyTechnology("改性", null, List.of())),
                new Bottleneck(BottleneckKind.BREAKPOINT, "缺原料")));
        ChainLink l = m.links().get(0);
        assertThat(l.bottlenecks()).extracting(Bottleneck::id).containsExactly("fiber-b1");
        assertThat(l.technologies()).extracting(KeyTechnology::id).containsExactly("fiber-t1", "fiber-t2");
        assertThat(l.technologies().get(0).bottlenecks()).extracting(Bottleneck::id)
                .containsExactly("fiber-t1-b1", "fiber-t1-b2");
        assertThat(m.placedBottlenecks()).extracting(p -> p.bottleneck().id(),
                        p -> p.technology() == null ? null : p.technology().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fiber-b1", null),
                        org.assertj.core.groups.Tuple.tuple("fiber-t1-b1", "纺丝"),
                        org.assertj.core.groups.Tuple.tuple("fiber-t1-b2", "纺丝"));
        assertThat(m.hasTarget("fiber-t2")).isTrue();
        assertThat(m.hasTarget("fiber-t1-b2")).isTrue();
        assertThat(m.hasTarget("fiber")).as("a link is not a target").isFalse();
        // Derived ids are written, so the map reads back equal and keeps them.
        CountyChainJson json = CountyChainJson.defaults();
        assertThat(json.read(json.writeToString(m), ChainMap.class)).isEqualTo(m);
    }

    @Test
    void givenIdsAndTitlesStay() {
        Bottleneck peba = new Bottleneck("peba", BottleneckKind.BREAKPOINT, "原料依赖进口", "PEBA等原料依赖进口。");
        ChainMap m = map(link("sm", List.of(new KeyTechnology("foam", "发泡", null, List.of(peba,
                new Bottleneck(BottleneckKind.HARD_PROBLEM, "良品率低。"))))));
        KeyTechnology t = m.technologies().get(0);
        assertThat(t.id()).isEqualTo("foam");
        assertThat(t.bottlenecks()).extracting(Bottleneck::id).containsExactly("peba", "sm-t1-b2");
        assertThat(t.bottlenecks().get(0).displayTitle()).isEqualTo("原料依赖进口");
        assertThat(t.bottlenecks().get(1).displayTitle()).isEqualTo("良品率低。");
    }

    @Test
    void idsAreUniqueAcrossBottlenecksAndTechnologiesOfTheMap() {
        Throwable t = catchThrowable(() -> map(
                link("a", List.of(), new Bottleneck("x", BottleneckKind.BLOCKAGE, null, "堵")),
                link("b", List.of(new KeyTechnology("x", "技术", null, List.of())))));
        assertThat(t).isInstanceOf(InvalidInputException.class);
        InvalidInputException e = (InvalidInputException) t;
        assertThat(e.errorCode()).isEqualTo(ErrorCode.DUPLICATE);
        assertThat(e.location().path()).isEqualTo("stages[0].links[1].technologies[0].id");
        // A given id that a derived one meets is a duplicate too: the county chose it, the county renames it.
        Throwable derived = catchThrowable(() -> map(link("a", List.of(),
                new Bottleneck("a-b2", BottleneckKind.BLOCKAGE, null, "堵"),
                new Bottleneck(BottleneckKind.BLOCKAGE, "又堵"))));
        assertThat(derived).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) derived).location().path()).isEqualTo("stages[0].links[0].bottlenecks[1].id");
    }

    @Test
    void jsonWithoutIdsReadsWithDerivedOnes() {
        ChainMap m = CountyChainJson.defaults().read("""
                {"stages":[{"kind":"UPSTREAM","links":[{"id":"up","name":"上游",
                  "technologies":[{"name":"纺丝","bottlenecks":[{"kind":"难点","description":"难"}]}],
                  "bottlenecks":[{"kind":"BREAKPOINT","description":"断"}]}]}]}""", ChainMap.class);
        assertThat(m.bottlenecks()).extracting(Bottleneck::id).containsExactly("up-b1", "up-t1-b1");
        assertThat(m.technologies()).extracting(KeyTechnology::id).containsExactly("up-t1");
    }
}
