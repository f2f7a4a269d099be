package org.countychain.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ConcatenationTest {
    @Property(tries = 200)
    void isTheListsOneAfterTheOther(@ForAll @Size(max = 8) List<@IntRange(min = 0, max = 4) Integer> sizes) {
        List<List<String>> parts = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int p = 0; p < sizes.size(); p++) {
            List<String> part = new ArrayList<>();
            for (int i = 0; i < sizes.get(p); i++) {
                part.add(p + "." + i);
            }
            parts.add(part);
            expected.addAll(part);
        }
        Concatenation<String> c = new Concatenation<>(parts);
        assertThat(c).hasSize(expected.size()).containsExactlyElementsOf(expected).isEqualTo(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(c.get(i)).isEqualTo(expected.get(i));
        }
        assertThatThrownBy(() -> c.get(expected.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void emptyAndUnmodifiable() {
        Concatenation<String> c = new Concatenation<>(List.of(List.of(), List.of()));
        assertThat(c).isEmpty();
        assertThatThrownBy(() -> c.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Concatenation<>(List.<List<String>>of())).isEmpty();
        assertThat(new Concatenation<>(List.of(List.of(), List.of("a"), List.of(), List.of("b", "c"))).subList(1, 3))
                .containsExactly("b", "c");
    }
}
