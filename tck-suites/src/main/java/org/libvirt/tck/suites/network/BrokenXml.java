package org.libvirt.tck.suites.network;

import org.dom4j.Document;
import org.dom4j.Element;
import org.dom4j.Node;
import org.libvirt.tck.domainbuilder.network.NetworkSpec;
import org.libvirt.tck.domainbuilder.network.NetworkXmlWriter;

/**
 * A builder's valid network XML with deliberate faults, for the scenarios that check what libvirt rejects.
 *
 * <pre>{@code
 * String xml = BrokenXml.of(spec).withAttribute("ip/dhcp/range", "end", "203.0.113.50").toXml();
 * }</pre>
 *
 * <p>The builders refuse to write XML that libvirt would reject, so the faults are put in afterwards, here, where
 * a reader sees exactly which they are.
 */
final class BrokenXml {

    private final Document document;

    private BrokenXml(Document document) {
        this.document = document;
    }

    /** Starts from the XML of {@code spec}. */
    static BrokenXml of(NetworkSpec spec) {
        return new BrokenXml(NetworkXmlWriter.toDocument(spec));
    }

    /** Sets {@code attribute} of the element at {@code xpath} (relative to {@code <network>}) to {@code value}. */
    BrokenXml withAttribute(String xpath, String attribute, String value) {
        element(xpath).addAttribute(attribute, value);
        return this;
    }

    /** Removes the element at {@code xpath} (relative to {@code <network>}). */
    BrokenXml without(String xpath) {
        element(xpath).detach();
        return this;
    }

    String toXml() {
        return document.getRootElement().asXML();
    }

    private Element element(String xpath) {
        Node node = document.getRootElement().selectSingleNode(xpath);
        if (!(node instanceof Element element)) {
            throw new IllegalArgumentException("the network XML has no element at " + xpath + ": " + toXml());
        }
        return element;
    }
}
