package org.countychain.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LongIntTableTest {
    @Property(tries = 50)
    void behavesAsAHashMapThroughGrowthAndClearing(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LongIntTable table = new LongIntTable(random.nextInt(40));
        Map<Long, Integer> reference = new HashMap<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 3_000; i++) {
                // clustered keys (consecutive bigrams of nearby characters) and arbitrary ones
                long key = random.nextBoolean() ? Tokenizer.bigramKey(0x4E00 + random.nextInt(60), 0x4E00 + random.nextInt(60))
                        : random.nextLong() >>> 1;
                int value = random.nextInt(1_000_000);
                int got = table.getOrPut(key, value);
                Integer old = reference.putIfAbsent(key, value);
                assertThat(got).isEqualTo(old == null ? value : old);
            }
            assertThat(table.size()).isEqualTo(reference.size());
            reference.forEach((key, value) -> assertThat(table.get(key)).isEqualTo(value));
            assertThat(table.get(-7L)).isEqualTo(-1);
            table.clear();
            reference.clear();
            assertThat(table.size()).isZero();
            assertThat(table.get(Tokenizer.bigramKey(0x4E00, 0x4E00))).isEqualTo(-1);
        }
    }

    @Test
    void denselyPackedBigramKeysSpreadOverTheSlots() {
        // every bigram of 300 consecutive characters: 90,000 keys that a table indexed by String.hashCode clusters
        int mask = (1 << 18) - 1;
        int[] perSlot = new int[mask + 1];
        for (int a = 0; a < 300; a++) {
            for (int b = 0; b < 300; b++) {
                perSlot[LongIntTable.slot(Tokenizer.bigramKey(0x4E00 + a, 0x4E00 + b), mask)]++;
            }
        }
        int longestRun = 0;
        int run = 0;
        for (int count : perSlot) {
            run = count > 0 ? run + count : 0;
            longestRun = Math.max(longestRun, run);
        }
        // 90,000 keys in 262,144 slots at random: the longest run of occupied slots is a few dozen at most
        assertThat(longestRun).isLessThan(60);
    }
}
