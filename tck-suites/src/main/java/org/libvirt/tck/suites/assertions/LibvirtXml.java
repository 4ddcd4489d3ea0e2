package org.libvirt.tck.suites.assertions;

import java.util.List;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Node;

/**
 * An XML document a driver returned (a filter, a secret, a node device, an interface, sysinfo), read by XPath.
 *
 * <pre>{@code
 * LibvirtXml xml = LibvirtXml.parse(filter.getXMLDesc(), "nwfilter " + name);
 * xml.hasRoot("filter");
 * String chain = xml.value("/filter/@chain");
 * }</pre>
 */
public final class LibvirtXml {

    private final Document document;
    private final String what;
    private final String text;

    private LibvirtXml(Document document, String what, String text) {
        this.document = document;
        this.what = what;
        this.text = text;
    }

    /** Parses {@code xml}; {@code what} names its object in failure messages. */
    public static LibvirtXml parse(String xml, String what) {
        try {
            return new LibvirtXml(DocumentHelper.parseText(xml), what, xml);
        } catch (DocumentException e) {
            throw new AssertionError("expected well-formed XML for " + what + " but found: " + e.getMessage()
                    + "\n" + xml, e);
        }
    }

    /** Asserts the root element's name. */
    public LibvirtXml hasRoot(String name) {
        String root = document.getRootElement().getName();
        if (!root.equals(name)) {
            throw new AssertionError("expected the XML of " + what + " to be a <" + name + ">, but found <" + root
                    + ">:\n" + text);
        }
        return this;
    }

    /** Asserts that {@code xpath} selects {@code expected} (trimmed text or attribute value). */
    public LibvirtXml has(String xpath, String expected) {
        String found = value(xpath);
        if (!expected.equals(found)) {
            throw new AssertionError("expected " + xpath + " = '" + expected + "' in the XML of " + what
                    + ", but found " + (found == null ? "nothing" : "'" + found + "'") + ":\n" + text);
        }
        return this;
    }

    /** The trimmed text or attribute value {@code xpath} selects, or {@code null} when none. */
    public String value(String xpath) {
        Node node = document.selectSingleNode(xpath);
        return node == null ? null : node.getText().trim();
    }

    /** The trimmed values of every node {@code xpath} selects, in document order. */
    public List<String> values(String xpath) {
        return document.selectNodes(xpath).stream().map(n -> n.getText().trim()).toList();
    }

    /** The document as libvirt gave it. */
    public String text() {
        return text;
    }
}
