package com.aidloop.spreadsheet.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlScannerTests {

    @Test
    void readsPrefixedElementsAttributesReferencesCdataAndSkipsCommentsAndDeclarations() throws IOException {
        XmlScanner xml = scanner(
                "<?xml version=\"1.0\"?><!-- saved by a tool --><x:si a='1' x:b=\"&lt;&#26446;&#x660E;&gt;\">"
                        + "<x:t>A&amp;B</x:t><x:t><![CDATA[<c>]]]]></x:t><x:rPh><x:t>li</x:t></x:rPh><x:empty/></x:si>");

        assertThat(xml.next()).isEqualTo(XmlScanner.START);
        assertThat(xml.localName()).isEqualTo("si");
        assertThat(xml.attribute("a")).isEqualTo("1");
        assertThat(xml.attribute("b")).isEqualTo("<李明>");
        assertThat(xml.elementText(true)).isEqualTo("A&B<c>]]");
        assertThat(xml.next()).isEqualTo(XmlScanner.EOF);
    }

    @Test
    void refusesDoctypesAndUnknownEntities() {
        assertThatThrownBy(() -> drain("<!DOCTYPE x [<!ENTITY e \"boom\">]><x>&e;</x>"))
                .isInstanceOfSatisfying(SpreadsheetRefused.class, refused -> assertThat(refused.code())
                        .isEqualTo("spreadsheet.forbiddenXml"));
        assertThatThrownBy(() -> drain("<x>&e;</x>"))
                .isInstanceOfSatisfying(SpreadsheetRefused.class, refused -> assertThat(refused.code())
                        .isEqualTo("spreadsheet.forbiddenXml"));
    }

    @Test
    void cutsTextAtTheLimitInsteadOfHoldingItAll() throws IOException {
        XmlScanner xml = new XmlScanner(
                new ByteArrayInputStream(("<v>" + "9".repeat(1000) + "</v>").getBytes(StandardCharsets.UTF_8)),
                "f.xlsx",
                10);

        assertThat(xml.next()).isEqualTo(XmlScanner.START);
        assertThat(xml.elementText(false)).isNull();
    }

    @Test
    void refusesABrokenDocument() {
        assertThatThrownBy(() -> drain("<x a=1>"))
                .isInstanceOfSatisfying(SpreadsheetRefused.class, refused -> assertThat(refused.code())
                        .isEqualTo("spreadsheet.corrupt"));
    }

    @Test
    void readsCellAttributesWithoutMakingStringsOfThem() throws IOException {
        XmlScanner xml = scanner("<c r=\"AB12\" s=\"17\" t=\"inlineStr\" x:r='a&amp;b'/>");

        assertThat(xml.next()).isEqualTo(XmlScanner.START);
        XmlAttributes attributes = xml.attributes();
        assertThat(attributes.count()).isEqualTo(4);
        assertThat(attributes.column(0)).isEqualTo(27);
        assertThat(attributes.number(1, -1)).isEqualTo(17);
        assertThat(attributes.number(2, -1)).isEqualTo(-1);
        assertThat(attributes.valueIs(2, "inlineStr")).isTrue();
        assertThat(attributes.valueIs(2, "inline")).isFalse();
        assertThat(attributes.value(3)).isEqualTo("a&b");
        assertThat(xml.attribute("r")).isEqualTo("AB12");
    }

    @Test
    void readsNamesThatCrossTheEndOfTheBuffer() throws IOException {
        for (int pad = 65_520; pad < 65_540; pad++) {
            XmlScanner xml = scanner("<a>" + " ".repeat(pad) + "<x:sheetData spans=\"1:2\"><row/></x:sheetData></a>");
            assertThat(xml.next()).isEqualTo(XmlScanner.START);
            assertThat(xml.next()).isEqualTo(XmlScanner.TEXT);
            assertThat(xml.next()).isEqualTo(XmlScanner.START);
            assertThat(xml.localName()).isEqualTo("sheetData");
            assertThat(xml.attribute("spans")).isEqualTo("1:2");
            assertThat(xml.next()).isEqualTo(XmlScanner.START);
            assertThat(xml.localName()).isEqualTo("row");
            assertThat(xml.next()).isEqualTo(XmlScanner.END);
            assertThat(xml.next()).isEqualTo(XmlScanner.END);
            assertThat(xml.localName()).isEqualTo("sheetData");
        }
    }

    private static XmlScanner scanner(String xml) throws IOException {
        return new XmlScanner(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "f.xlsx", 1000);
    }

    private static void drain(String xml) throws IOException {
        XmlScanner scanner = scanner(xml);
        while (scanner.next() != XmlScanner.EOF) {
            // read on
        }
    }
}
