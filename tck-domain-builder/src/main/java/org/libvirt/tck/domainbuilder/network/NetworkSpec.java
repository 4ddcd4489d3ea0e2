package org.libvirt.tck.domainbuilder.network;

import java.util.UUID;

/**
 * A complete, checked virtual network definition as {@link NetworkBuilder#build()} returns it; immutable.
 *
 * <pre>{@code
 * NetworkSpec net = NetworkBuilder.named("tck-net1").forwardNat().withIpv4("198.51.100.1", 24).build();
 * conn.networkDefineXML(net.toXml());
 * }</pre>
 *
 * @param name        the network name
 * @param uuid        the UUID, or {@code null} to let libvirt generate one
 * @param forwardMode how the network reaches the outside
 * @param bridgeName  the bridge, {@code <bridge name=...>}: the one libvirt creates, or for
 *                    {@link ForwardMode#BRIDGE} the existing host bridge; {@code null} to let libvirt choose
 * @param ipv4        the host's address on the network, or {@code null}
 */
public record NetworkSpec(String name, UUID uuid, ForwardMode forwardMode, String bridgeName, Ipv4 ipv4) {

    /**
     * The {@code <ip>} element: the host's address on the network, and what its DHCP server hands out.
     *
     * @param address   the host's address, e.g. {@code 198.51.100.1}
     * @param prefix    the subnet prefix length, e.g. {@code 24}
     * @param dhcpRange the DHCP range, or {@code null} for no DHCP
     */
    public record Ipv4(String address, int prefix, DhcpRange dhcpRange) {
    }

    /**
     * A {@code <dhcp><range>}, inclusive at both ends.
     *
     * @param start the first address handed out
     * @param end   the last address handed out
     */
    public record DhcpRange(String start, String end) {
    }

    /** The libvirt XML of this network; see {@link NetworkXmlWriter}. */
    public String toXml() {
        return NetworkXmlWriter.toXml(this);
    }
}
