package com.aidloop.programme;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Programmes that tests add to the shared database, each with its own code and name. */
final class TestProgrammes {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestProgrammes() {}

    static String nextCode() {
        return "TEST_" + ProcessHandle.current().pid() % 100_000 + "_" + COUNTER.incrementAndGet();
    }

    /** A county programme for primary and junior secondary pupils, paid in both terms from 2025 spring. */
    static ProgrammeInput countyProgramme(String code) {
        return new ProgrammeInput(
                code,
                "测试助学金" + code.substring(5),
                "",
                List.of("PRIMARY", "初中"),
                "春秋两季",
                "地方项目",
                "市县",
                "2025年春季学期",
                "平教发〔2026〕1号",
                "测试项目");
    }

    static StandardInput fixed(String tier, String validFrom, String amount) {
        return new StandardInput(tier, "", validFrom, amount, "", "", false, "", "");
    }
}
