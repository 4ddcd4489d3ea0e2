package org.libvirt.tck.suites.assertions;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Node;

/** Reads single values out of the XML libvirt returns for a pool or volume. */
final class StorageXml {

    private StorageXml() {
    }

    /** The trimmed text or attribute value {@code xpath} selects in {@code xml}, or {@code null} when none. */
    static String value(String xml, String xpath) {
        Document document;
        try {
            document = DocumentHelper.parseText(xml);
        } catch (DocumentException e) {
            throw new AssertionError("expected well-formed XML from libvirt but found: " + e.getMessage()
                    + "\n" + xml, e);
        }
        Node node = document.selectSingleNode(xpath);
        return node == null ? null : node.getText().trim();
    }
}
