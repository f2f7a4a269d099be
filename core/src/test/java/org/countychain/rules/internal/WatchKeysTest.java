package org.countychain.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** R12's set look-up matches exactly what the watch list's own {@code lists} matches. */
class WatchKeysTest {
    @Property(tries = 500)
    void sameAnswerAsTheWatchList(@ForAll @Chars({'a', 'B', '（', '）', '(', ')', ' ', '\t', '\u3000', '中', 'ß'})
                                  @StringLength(max = 6) String listed,
                                  @ForAll @Chars({'a', 'A', 'b', 'B', '（', '）', '(', ')', ' ', '\n', '\u3000', '中',
                                          'ß', 'S'}) @StringLength(max = 8) String asked) {
        if (listed.isBlank()) {
            return;
        }
        IntermediaryWatchList list = new IntermediaryWatchList(2023, null, List.of(new Intermediary(listed, null)));
        assertThat(new WatchKeys(list).lists(asked)).isEqualTo(list.lists(asked));
        assertThat(new WatchKeys(list).lists(listed)).isEqualTo(list.lists(listed));
    }
}
