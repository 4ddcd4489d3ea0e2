package org.libvirt.tck.domainbuilder.network;

/** How a virtual network reaches the outside, {@code <forward mode=...>}. */
public enum ForwardMode {
    /** No {@code <forward>}: guests reach only each other and the host. */
    ISOLATED(null),
    /** Guests reach the outside through the host's address (masquerading). */
    NAT("nat"),
    /** Guests' traffic is routed, not translated. */
    ROUTE("route"),
    /** Like route, but libvirt adds no firewall rules. */
    OPEN("open"),
    /** Guests join an existing host bridge; libvirt manages no addresses. */
    BRIDGE("bridge");

    private final String xmlValue;

    ForwardMode(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    /** The value of the {@code mode} attribute, or {@code null} when no {@code <forward>} is written. */
    public String xmlValue() {
        return xmlValue;
    }
}
