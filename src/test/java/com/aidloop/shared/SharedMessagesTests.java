package com.aidloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SharedMessagesTests {

    /** A message code is a dotted string literal such as "id.checkDigit". */
    private static final Pattern CODE_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");

    @Test
    void hasAChineseMessageForEveryCodeTheSharedTypesUse() throws IOException {
        Set<String> codes = codesUsedIn(Path.of("src/main/java/com/aidloop/shared"));
        Properties bundle = bundle();

        assertThat(codes).hasSizeGreaterThanOrEqualTo(20).contains("id.excelTruncated", "card.luhn");
        assertThat(bundle.stringPropertyNames()).containsAll(codes);
        for (String code : codes) {
            assertThat(Messages.format(code)).as(code).isNotEqualTo(code).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void writesEveryMessageInChinese() throws IOException {
        bundle().forEach((code, text) ->
                assertThat((String) text).as((String) code).containsPattern("\\p{IsHan}"));
    }

    @Test
    void givesAnInvalidValueItsChineseSentenceAsLocalizedMessage() {
        InvalidValue rejected = new InvalidValue("id.length", 17);

        assertThat(rejected.getLocalizedMessage()).isEqualTo("证件号码应为18位，当前为17位，请核对后重新填写");
        assertThat(rejected.code()).isEqualTo("id.length");
        assertThat(rejected.args()).containsExactly(17);
    }

    @Test
    void printsWholeNumbersWithoutGrouping() {
        assertThat(Messages.format("term.format", 2026)).isEqualTo("学期“2026”格式不对，请填写如“2026年秋季学期”");
    }

    @Test
    void fallsBackToTheCodeForAnUnknownCode() {
        assertThat(Messages.format("no.such.code")).isEqualTo("no.such.code");
    }

    private static Set<String> codesUsedIn(Path sources) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = SharedMessagesTests.class.getResourceAsStream("/messages/shared.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
