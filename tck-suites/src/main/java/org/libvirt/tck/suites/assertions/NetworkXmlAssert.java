package org.libvirt.tck.suites.assertions;

import java.util.List;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.Node;
import org.libvirt.tck.domainbuilder.network.ForwardMode;
import org.libvirt.tck.domainbuilder.network.NetworkSpec;

/**
 * Assertions on the XML a driver gives back for a network ({@code getXMLDesc}), read with dom4j.
 *
 * <pre>{@code
 * assertThat(net).xml().describes(spec);                      // everything the spec set came back
 * assertThat(net).xml().hasForwardMode(ForwardMode.NAT).hasDhcpRange("198.51.100.10", "198.51.100.50");
 * }</pre>
 *
 * <p>Only what is asked for is compared: a driver adds elements of its own (a MAC address, {@code stp}), and they
 * are not an error.
 */
public final class NetworkXmlAssert {

    private final String network;
    private final String xml;
    private final Element root;

    private NetworkXmlAssert(String network, String xml, Element root) {
        this.network = network;
        this.xml = xml;
        this.root = root;
    }

    /** Parses the XML of the network called {@code network}; XML that is not a {@code <network>} fails. */
    public static NetworkXmlAssert of(String network, String xml) {
        Document document;
        try {
            document = DocumentHelper.parseText(xml);
        } catch (DocumentException e) {
            throw new AssertionError("expected well-formed XML for network " + network + ", but found: "
                    + e.getMessage() + "\n" + xml, e);
        }
        Element root = document.getRootElement();
        if (!root.getName().equals("network")) {
            throw new AssertionError("expected a <network> document for network " + network + ", but found <"
                    + root.getName() + ">\n" + xml);
        }
        return new NetworkXmlAssert(network, xml, root);
    }

    /** Every element and attribute {@code spec} writes is there with an equivalent value. */
    public NetworkXmlAssert describes(NetworkSpec spec) {
        hasValue("name", spec.name());
        if (spec.uuid() != null) {
            String uuid = value("uuid");
            if (!spec.uuid().toString().equalsIgnoreCase(uuid)) {
                fail("<uuid> " + spec.uuid(), describe("uuid", uuid));
            }
        }
        hasForwardMode(spec.forwardMode());
        if (spec.bridgeName() != null) {
            hasBridge(spec.bridgeName());
        }
        NetworkSpec.Ipv4 ip = spec.ipv4();
        if (ip == null) {
            hasNoIp();
        } else {
            hasIpv4(ip.address(), ip.prefix());
            if (ip.dhcpRange() != null) {
                hasDhcpRange(ip.dhcpRange().start(), ip.dhcpRange().end());
            }
        }
        return this;
    }

    /** {@code <forward mode=...>}, or no {@code <forward>} at all for {@link ForwardMode#ISOLATED}. */
    public NetworkXmlAssert hasForwardMode(ForwardMode expected) {
        Node forward = root.selectSingleNode("forward");
        if (expected.xmlValue() == null) {
            if (forward != null) {
                fail("no <forward> (isolated)", "<forward mode='" + value("forward/@mode") + "'>");
            }
            return this;
        }
        return hasValue("forward/@mode", expected.xmlValue());
    }

    /** {@code <bridge name=...>}. */
    public NetworkXmlAssert hasBridge(String expected) {
        return hasValue("bridge/@name", expected);
    }

    /** One IPv4 {@code <ip address=... prefix=...>}. */
    public NetworkXmlAssert hasIpv4(String address, int prefix) {
        List<Node> ips = root.selectNodes("ip[not(@family) or @family='ipv4']");
        if (ips.size() != 1) {
            fail("one IPv4 <ip>", ips.size() + " of them");
        }
        hasValue("ip/@address", address);
        return hasValue("ip/@prefix", Integer.toString(prefix));
    }

    /** No {@code <ip>} element. */
    public NetworkXmlAssert hasNoIp() {
        if (root.selectSingleNode("ip") != null) {
            fail("no <ip>", "<ip address='" + value("ip/@address") + "'>");
        }
        return this;
    }

    /** One {@code <ip><dhcp><range start=... end=...>}. */
    public NetworkXmlAssert hasDhcpRange(String start, String end) {
        List<Node> ranges = root.selectNodes("ip/dhcp/range");
        if (ranges.size() != 1) {
            fail("one <ip><dhcp><range>", ranges.size() + " of them");
        }
        hasValue("ip/dhcp/range/@start", start);
        return hasValue("ip/dhcp/range/@end", end);
    }

    /** Among the {@code <ip><dhcp><range>} elements, one from {@code start} to {@code end}. */
    public NetworkXmlAssert includesDhcpRange(String start, String end) {
        if (range(start, end) == null) {
            fail("<ip><dhcp><range start='" + start + "' end='" + end + "'>", "no such range");
        }
        return this;
    }

    /** No {@code <ip><dhcp><range>} from {@code start} to {@code end}. */
    public NetworkXmlAssert hasNoDhcpRange(String start, String end) {
        if (range(start, end) != null) {
            fail("no <ip><dhcp><range start='" + start + "' end='" + end + "'>", "one");
        }
        return this;
    }

    /** Exactly {@code expected} {@code <ip><dhcp><range>} elements. */
    public NetworkXmlAssert hasDhcpRangeCount(int expected) {
        int found = root.selectNodes("ip/dhcp/range").size();
        if (found != expected) {
            fail(expected + " <ip><dhcp><range>", found + " of them");
        }
        return this;
    }

    /** One {@code <ip><dhcp><host>} for {@code mac}, giving it {@code ip}. */
    public NetworkXmlAssert hasDhcpHost(String mac, String ip) {
        List<Node> hosts = hosts(mac);
        if (hosts.size() != 1) {
            fail("one <ip><dhcp><host mac='" + mac + "'>", hosts.size() + " of them");
        }
        String address = ((Element) hosts.get(0)).attributeValue("ip");
        if (!ip.equals(address)) {
            fail("<ip><dhcp><host mac='" + mac + "' ip='" + ip + "'>", "ip='" + address + "'");
        }
        return this;
    }

    /** No {@code <ip><dhcp><host>} for {@code mac}. */
    public NetworkXmlAssert hasNoDhcpHost(String mac) {
        if (!hosts(mac).isEmpty()) {
            fail("no <ip><dhcp><host mac='" + mac + "'>", "one");
        }
        return this;
    }

    private Node range(String start, String end) {
        return root.selectSingleNode("ip/dhcp/range[@start='" + start + "' and @end='" + end + "']");
    }

    private List<Node> hosts(String mac) {
        // MAC addresses compare without case: libvirt writes them in lower case.
        return root.selectNodes("ip/dhcp/host").stream()
                .filter(host -> mac.equalsIgnoreCase(((Element) host).attributeValue("mac"))).toList();
    }

    private NetworkXmlAssert hasValue(String xpath, String expected) {
        String found = value(xpath);
        if (!expected.equals(found)) {
            fail(xpath + " = '" + expected + "'", describe(xpath, found));
        }
        return this;
    }

    private String value(String xpath) {
        Node node = root.selectSingleNode(xpath);
        return node == null ? null : node.getText().trim();
    }

    private static String describe(String xpath, String found) {
        return found == null ? "no " + xpath : xpath + " = '" + found + "'";
    }

    private void fail(String expected, String found) {
        throw new AssertionError("expected the XML of network " + network + " to have " + expected + ", but found "
                + found + " in:\n" + xml);
    }
}
