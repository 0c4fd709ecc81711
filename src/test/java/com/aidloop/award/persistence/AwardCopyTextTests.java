package com.aidloop.award.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwardCopyTextTests {

    @Test
    void escapesBackslashTabAndLineBreaksWhereverTheyStand() {
        assertThat(AwardStore.field(new StringBuilder(), "\\开头\t中间\n结尾\r")).hasToString("\\\\开头\\t中间\\n结尾\\r");
        assertThat(AwardStore.field(new StringBuilder("x|"), "a\\\\b")).hasToString("x|a\\\\\\\\b");
    }

    @Test
    void keepsPlainValuesAsTheyAreAndWritesNullAsBackslashN() {
        assertThat(AwardStore.field(new StringBuilder("x|"), "国家助学金（普通高中）")).hasToString("x|国家助学金（普通高中）");
        assertThat(AwardStore.field(new StringBuilder(), "")).hasToString("");
        assertThat(AwardStore.field(new StringBuilder(), null)).hasToString("\\N");
    }
}
