package com.aidloop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresCopyTests {

    @Test
    void escapesBackslashTabAndLineBreaksWhereverTheyStand() {
        assertThat(PostgresCopy.field(new StringBuilder(), "\\开头\t中间\n结尾\r")).hasToString("\\\\开头\\t中间\\n结尾\\r");
        assertThat(PostgresCopy.field(new StringBuilder("x|"), "a\\\\b")).hasToString("x|a\\\\\\\\b");
    }

    @Test
    void keepsPlainValuesAsTheyAreAndWritesNullAsBackslashN() {
        assertThat(PostgresCopy.field(new StringBuilder("x|"), "国家助学金（普通高中）")).hasToString("x|国家助学金（普通高中）");
        assertThat(PostgresCopy.field(new StringBuilder(), "")).hasToString("");
        assertThat(PostgresCopy.field(new StringBuilder(), null)).hasToString("\\N");
    }
}
