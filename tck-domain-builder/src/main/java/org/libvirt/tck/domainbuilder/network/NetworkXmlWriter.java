package org.libvirt.tck.domainbuilder.network;

import static org.libvirt.tck.domainbuilder.internal.XmlText.addText;

import org.dom4j.Document;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.libvirt.tck.domainbuilder.internal.XmlText;

/**
 * Writes a {@link NetworkSpec} as libvirt network XML.
 *
 * <pre>{@code
 * String xml = NetworkXmlWriter.toXml(spec);   // same as spec.toXml()
 * }</pre>
 *
 * <p>{@code network.rng} interleaves the children of {@code <network>}; they come in the order libvirt formats
 * them ({@code virsh net-dumpxml}): name, uuid, forward, bridge, ip. Only what the spec holds is written.
 */
public final class NetworkXmlWriter {

    private NetworkXmlWriter() {
    }

    /** The spec as pretty-printed XML without an XML declaration. */
    public static String toXml(NetworkSpec spec) {
        return XmlText.pretty(toDocument(spec));
    }

    /** The spec as a dom4j document. */
    public static Document toDocument(NetworkSpec spec) {
        Document document = DocumentHelper.createDocument();
        Element network = document.addElement("network");
        addText(network, "name", spec.name());
        if (spec.uuid() != null) {
            addText(network, "uuid", spec.uuid().toString());
        }
        if (spec.forwardMode().xmlValue() != null) {
            network.addElement("forward").addAttribute("mode", spec.forwardMode().xmlValue());
        }
        if (spec.bridgeName() != null) {
            network.addElement("bridge").addAttribute("name", spec.bridgeName());
        }
        NetworkSpec.Ipv4 ipv4 = spec.ipv4();
        if (ipv4 != null) {
            Element ip = network.addElement("ip")
                    .addAttribute("address", ipv4.address())
                    .addAttribute("prefix", Integer.toString(ipv4.prefix()));
            if (ipv4.dhcpRange() != null) {
                ip.addElement("dhcp").addElement("range")
                        .addAttribute("start", ipv4.dhcpRange().start())
                        .addAttribute("end", ipv4.dhcpRange().end());
            }
        }
        return document;
    }
}
