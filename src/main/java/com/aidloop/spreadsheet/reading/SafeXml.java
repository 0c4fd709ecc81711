package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * StAX readers for the XML parts of an .xlsx with DTDs and external entities off. A document
 * that declares a DTD at all (real spreadsheets never do) is refused: that is where XML external
 * entity and entity-expansion attacks live.
 */
final class SafeXml {

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {}

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entities are not read");
        });
        return factory;
    }

    static XMLStreamReader open(InputStream in, String fileName) throws XMLStreamException {
        return new NoDtd(FACTORY.createXMLStreamReader(in), fileName);
    }

    /** The refusal behind a parse failure: a limit hit while inflating, or a broken file. */
    static SpreadsheetRefused refusal(Exception failure, String fileName) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SpreadsheetRefused refused) {
                return refused;
            }
        }
        return new SpreadsheetRefused("spreadsheet.corrupt", fileName).withCause(failure);
    }

    private static final class NoDtd extends StreamReaderDelegate {

        private final String fileName;

        NoDtd(XMLStreamReader reader, String fileName) {
            super(reader);
            this.fileName = fileName;
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new SpreadsheetRefused("spreadsheet.forbiddenXml", fileName);
            }
            return event;
        }
    }
}
