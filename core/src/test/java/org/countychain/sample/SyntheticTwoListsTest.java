package org.countychain.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.countychain.CountyChainException;
import org.countychain.ErrorCode;
import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;

class SyntheticTwoListsTest {
    @Test
    void sameSeedSameLists() {
        SyntheticTwoLists a = SyntheticTwoLists.generate(7L, 200, 1000);
        assertThat(SyntheticTwoLists.generate(7L, 200, 1000)).isEqualTo(a);
        assertThat(SyntheticTwoLists.generate(8L, 200, 1000)).isNotEqualTo(a);
        assertThat(a.demands()).hasSize(200).extracting(TechnologyDemand::id).doesNotHaveDuplicates()
                .startsWith("syn-d0000001");
        assertThat(a.achievements()).hasSize(1000).extracting(Achievement::id).doesNotHaveDuplicates()
                .endsWith("syn-a0001000");
        assertThat(a.achievements()).anySatisfy(x -> assertThat(x.chainId()).isNull())
                .anySatisfy(x -> assertThat(x.chainId()).startsWith("syn-"));
    }

    @Test
    void sizesAreChecked() {
        assertThat(SyntheticTwoLists.generate(1L, 0, 0).demands()).isEmpty();
        assertThatThrownBy(() -> SyntheticTwoLists.generate(1L, -1, 0))
                .extracting(e -> ((CountyChainException) e).errorCode()).isEqualTo(ErrorCode.OUT_OF_RANGE);
        assertThatThrownBy(() -> SyntheticTwoLists.generate(1L, 0, SyntheticTwoLists.MAX_SIZE + 1))
                .extracting(e -> ((CountyChainException) e).errorCode()).isEqualTo(ErrorCode.OUT_OF_RANGE);
    }
}
