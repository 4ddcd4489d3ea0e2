package org.libvirt.tck.report.xml;

import static org.testng.Assert.fail;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import org.xml.sax.SAXException;

/** Validates documents against tck-report-1.xsd with a plain JAXP validator, apart from the reader. */
final class Xsd {

    private Xsd() {
    }

    static void assertValid(String xml) {
        try {
            ReportXmlSchema.schema().newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            fail("expected a document valid against tck-report-1.xsd but: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
