package com.aidloop.registry.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyTextTests {

    @Test
    void writesOneTabSeparatedLineWithNullsBooleansAndEscapes() {
        Map<String, Object> row = new HashMap<>();
        row.put("id", 42L);
        row.put("name", "张\t三\\");
        row.put("note", "第一行\n第二行\r");
        row.put("guardian", true);
        row.put("missing", null);

        assertThat(CopyText.line(row, List.of("id", "name", "note", "guardian", "missing")))
                .isEqualTo("42\t张\\t三\\\\\t第一行\\n第二行\\r\tt\t\\N\n");
    }
}
