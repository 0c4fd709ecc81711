package com.aidloop.award.running;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.domain.RosterColumn;
import com.aidloop.award.domain.RowProblem;
import org.junit.jupiter.api.Test;

class ProblemMessagesTests {

    private final ProblemMessages messages = new ProblemMessages();

    @Test
    void leavesOutTheColumnsNameThatASharedMessageStartsWith() {
        var formatted = messages.format(RowProblem.error(5, RosterColumn.ID_NUMBER, "id.checkDigit"));

        assertThat(formatted.column()).isEqualTo("证件号码");
        assertThat(formatted.message()).isEqualTo("校验位错误，请核对后重新填写");
    }

    @Test
    void writesRowNumbersAndAmountsWithoutGroupingSeparators() {
        var formatted =
                messages.format(RowProblem.error(1234, RosterColumn.ID_NUMBER, "award.duplicateInFile", 1001, "生活补助"));

        assertThat(formatted.message()).startsWith("与第1001行重复");
    }

    @Test
    void neverEchoesAFullIdOrCardNumberTypedIntoAnotherColumn() {
        var formatted = messages.format(RowProblem.error(5, RosterColumn.AMOUNT, "money.format", "430624201503011014"));

        assertThat(formatted.message()).contains("430624********1014").doesNotContain("430624201503011014");
    }

    @Test
    void everyMessageCodeTheImportUsesHasAChineseText() throws Exception {
        var bundle = java.util.ResourceBundle.getBundle("messages/award");
        java.nio.file.Path sources = java.nio.file.Path.of("src/main/java/com/aidloop/award");
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("\"(award\\.[a-zA-Z.]+)\"");
        try (var files = java.nio.file.Files.walk(sources)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = code.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    String found = m.group(1);
                    if (!found.endsWith(".")) {
                        assertThat(bundle.containsKey(found))
                                .as(found + " in " + file.getFileName())
                                .isTrue();
                    }
                }
            }
        }
    }
}
