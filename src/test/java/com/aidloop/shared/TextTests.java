package com.aidloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTests {

    @Test
    void turnsFullWidthCharactersIntoHalfWidth() {
        assertThat(Text.normalize("ＡＢＣ１２３，．（）")).isEqualTo("ABC123,.()");
    }

    @Test
    void turnsIdeographicAndNoBreakSpacesIntoSpacesAndTrims() {
        assertThat(Text.normalize("\u3000张\u3000三\u00a0")).isEqualTo("张 三");
    }

    @Test
    void keepsChineseTextAndInnerSpaces() {
        assertThat(Text.normalize("  湖南省 平江县  ")).isEqualTo("湖南省 平江县");
    }

    @Test
    void readsNullAsEmpty() {
        assertThat(Text.normalize(null)).isEmpty();
        assertThat(Text.compact(null)).isEmpty();
    }

    @Test
    void compactsNumbersByDroppingSpacesDashesAndInvisibleCharacters() {
        assertThat(Text.compact(" 138 0013\t8000 ")).isEqualTo("13800138000");
        assertThat(Text.compact("138-0013－8000")).isEqualTo("13800138000");
        assertThat(Text.compact("138\u20130013\u20148000")).isEqualTo("13800138000");
        assertThat(Text.compact("\ufeff4306\u200b26")).isEqualTo("430626");
    }

    @Test
    void compactDropsExactlyWhatItsRegularExpressionDroppedBefore() {
        java.util.regex.Pattern before = java.util.regex.Pattern.compile("[\\s\\u200b\\ufeff\\u2010-\\u2015\\u2212-]");
        StringBuilder all = new StringBuilder();
        for (char c = 1; c < 0x3100; c++) {
            all.append('x').append(c);
        }
        all.append("x\ufeffx\uff0dx\uff10x");
        String text = all.toString();
        assertThat(Text.compact(text))
                .isEqualTo(before.matcher(Text.normalize(text)).replaceAll(""));
    }
}
