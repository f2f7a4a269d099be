package org.countychain.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Property(tries = 300)
    void keysAreTheTermsWithoutStrings(@ForAll @StringLength(max = 40) @CharRange(from = '\u4e00', to = '\u4e20')
                                       @CharRange(from = '\u9f00', to = '\u9fa5') @Chars({'a', 'Z', '1', ' ', '，', 'Ａ',
                                           '\ud840', '\udc00'}) String text, @ForAll boolean unigrams) {
        String normalized = Tokenizer.normalize(text);
        List<String> terms = new ArrayList<>();
        Tokenizer.terms(normalized, unigrams, (term, unigram) -> terms.add(term + (unigram ? "/u" : "")));
        List<String> keys = new ArrayList<>();
        Tokenizer.keys(normalized, unigrams, new Tokenizer.KeySink() {
            @Override
            public void han(long key, boolean unigram) {
                keys.add(Tokenizer.keyText(key) + (unigram ? "/u" : ""));
            }

            @Override
            public void word(String word) {
                keys.add(word);
            }
        });
        assertThat(keys).isEqualTo(terms);
    }

    @Test
    void supplementaryCharactersMakeBigramsOfTheirOwn() {
        String text = "\ud840\udc00\ud840\udc01技";
        List<Long> keys = new ArrayList<>();
        Tokenizer.keys(text, false, new Tokenizer.KeySink() {
            @Override
            public void han(long key, boolean unigram) {
                keys.add(key);
            }

            @Override
            public void word(String word) {
            }
        });
        assertThat(keys).containsExactly(Tokenizer.bigramKey(0x20000, 0x20001), Tokenizer.bigramKey(0x20001, '技'));
        assertThat(Tokenizer.keyText(keys.get(0))).isEqualTo("\ud840\udc00\ud840\udc01");
        assertThat(Tokenizer.bigramKey('技', '术')).isNotEqualTo(Tokenizer.charKey('技'))
                .isNotEqualTo(Tokenizer.bigramKey('术', '技'));
    }
}
