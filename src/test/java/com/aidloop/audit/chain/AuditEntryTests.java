package com.aidloop.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.audit.AuditRecord.FieldChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditEntryTests {

    private static AuditEntry entry(String actor, String summary, List<FieldChange> changes) {
        return new AuditEntry(
                7,
                Instant.parse("2026-09-01T08:00:00.123456Z"),
                actor,
                "10.0.0.1",
                "UPDATE",
                "student",
                "42",
                summary,
                changes,
                AuditEntry.GENESIS,
                null);
    }

    @Test
    void canonicalTextCoversEveryField() {
        String text =
                entry("admin", "修改", List.of(new FieldChange("姓名", "张三", "张珊"))).canonicalText();
        assertThat(text)
                .contains(
                        "admin",
                        "10.0.0.1",
                        "UPDATE",
                        "student",
                        "42",
                        "修改",
                        "姓名",
                        "张三",
                        "张珊",
                        AuditEntry.GENESIS,
                        "1788249600123456");
    }

    @Test
    void movingTextBetweenFieldsChangesTheCanonicalText() {
        assertThat(entry("ab", "c", List.of()).canonicalText())
                .isNotEqualTo(entry("a", "bc", List.of()).canonicalText());
        assertThat(entry("a", null, List.of()).canonicalText())
                .isNotEqualTo(entry("a", "", List.of()).canonicalText());
        assertThat(entry("a", "s", List.of(new FieldChange("f", "1|", "2"))).canonicalText())
                .isNotEqualTo(entry("a", "s", List.of(new FieldChange("f", "1", "|2")))
                        .canonicalText());
    }

    @Test
    void changesSurviveTheJsonRoundTrip() {
        List<FieldChange> changes =
                List.of(new FieldChange("角色", null, "县级资助中心"), new FieldChange("x", "\"q\"", "a\nb"));
        assertThat(ChangesJson.read(ChangesJson.write(changes))).isEqualTo(changes);
    }
}
