package org.libvirt.tck.suites.assertions;

import java.util.List;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Node;
import org.libvirt.Domain;
import org.libvirt.tck.core.connect.LibvirtCall;

/**
 * Assertions on the XML a driver reports for a domain, read once when the assertion is made and checked by XPath.
 *
 * <pre>{@code
 * assertThatInactiveXml(dom).hasText("/domain/memory", "262144").hasNode("/domain/features/acpi");
 * assertThatLiveXml(dom).hasText("/domain/memory", "131072");
 * }</pre>
 */
public final class DomainXmlAssert {

    /** libvirt's {@code VIR_DOMAIN_XML_INACTIVE}: the configuration the domain will have at its next start. */
    public static final int XML_INACTIVE = 2;

    private final String what;
    private final Document document;

    private DomainXmlAssert(String what, String xml) {
        this.what = what;
        try {
            this.document = DocumentHelper.parseText(xml);
        } catch (DocumentException e) {
            throw new AssertionError("expected " + what + " to be well-formed XML, but it is not: " + e.getMessage(),
                    e);
        }
    }

    /** The domain's live XML ({@code getXMLDesc(0)}): its running definition while it runs. */
    public static DomainXmlAssert assertThatLiveXml(Domain domain) {
        return of(domain, 0, "live XML");
    }

    /** The domain's inactive XML ({@code getXMLDesc(VIR_DOMAIN_XML_INACTIVE)}): its persistent definition. */
    public static DomainXmlAssert assertThatInactiveXml(Domain domain) {
        return of(domain, XML_INACTIVE, "inactive XML");
    }

    /** Any XML text, e.g. a snapshot's or a metadata element's; {@code what} names it in failures. */
    public static DomainXmlAssert assertThatXml(String what, String xml) {
        return new DomainXmlAssert(what, xml);
    }

    private static DomainXmlAssert of(Domain domain, int flags, String kind) {
        String name = LibvirtCall.call(domain::getName);
        return new DomainXmlAssert(kind + " of domain " + name, LibvirtCall.call(() -> domain.getXMLDesc(flags)));
    }

    /** Exactly one node matches {@code xpath} and its text, trimmed, is {@code expected}. */
    public DomainXmlAssert hasText(String xpath, String expected) {
        Node node = single(xpath);
        String actual = node.getText().trim();
        if (!actual.equals(expected)) {
            fail(xpath + " to be '" + expected + "'", "'" + actual + "'");
        }
        return this;
    }

    /** At least one node matches {@code xpath}. */
    public DomainXmlAssert hasNode(String xpath) {
        if (document.selectNodes(xpath).isEmpty()) {
            fail("to have " + xpath, "no such node in\n" + document.asXML());
        }
        return this;
    }

    /** Exactly {@code expected} nodes match {@code xpath}. */
    public DomainXmlAssert hasCount(String xpath, int expected) {
        int actual = document.selectNodes(xpath).size();
        if (actual != expected) {
            fail("to have " + expected + " of " + xpath, actual + " in\n" + document.asXML());
        }
        return this;
    }

    /** No node matches {@code xpath}. */
    public DomainXmlAssert hasNoNode(String xpath) {
        List<Node> nodes = document.selectNodes(xpath);
        if (!nodes.isEmpty()) {
            fail("not to have " + xpath, nodes.size() + " such node(s): " + nodes.get(0).asXML());
        }
        return this;
    }

    private Node single(String xpath) {
        List<Node> nodes = document.selectNodes(xpath);
        if (nodes.size() != 1) {
            fail("to have exactly one " + xpath, nodes.size() + " in\n" + document.asXML());
        }
        return nodes.get(0);
    }

    private void fail(String expected, String found) {
        throw new AssertionError("expected " + what + " " + expected + ", but found " + found);
    }
}
