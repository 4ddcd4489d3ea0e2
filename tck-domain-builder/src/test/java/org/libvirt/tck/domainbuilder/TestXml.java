package org.libvirt.tck.domainbuilder;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;

/** Parses written XML back for round-trip checks. */
public final class TestXml {

    private TestXml() {
    }

    /** Parses {@code xml}, failing the test with the document when it is not well-formed. */
    public static Document parse(String xml) {
        try {
            return DocumentHelper.parseText(xml);
        } catch (DocumentException e) {
            throw new AssertionError("not well-formed XML:\n" + xml, e);
        }
    }
}
