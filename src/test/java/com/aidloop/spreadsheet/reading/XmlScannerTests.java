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
