package org.libvirt.tck.domainbuilder.domain;

import java.util.Objects;
import java.util.regex.Pattern;

import org.libvirt.tck.domainbuilder.internal.Checks;

/**
 * A network interface of a domain, {@code <interface>}: an immutable value, each method returning a changed copy.
 *
 * <p>The interface's {@code type} follows from the factory: {@link #network} gives {@code type='network'},
 * {@link #bridge} gives {@code type='bridge'}.
 * <pre>{@code
 * Nic nic = Nic.network("default").mac("52:54:00:12:34:56").model("virtio");
 * Nic bridged = Nic.bridge("br0");
 * Nic limited = Nic.network("default").bandwidth(Bandwidth.inbound(Bandwidth.Rate.average(1000)));
 * Nic filtered = Nic.network("tck-net").filterref("tck-drop"); // libvirt binds nwfilter tck-drop to its tap
 * }</pre>
 */
public final class Nic {

    /** The interface's {@code type} attribute: what it connects to. */
    public enum Type {
        NETWORK("network"),
        BRIDGE("bridge");

        private final String xmlValue;

        Type(String xmlValue) {
            this.xmlValue = xmlValue;
        }

        /** The value of the {@code type} attribute, which is also the {@code <source>} attribute's name. */
        public String xmlValue() {
            return xmlValue;
        }
    }

    /** RNG {@code uniMacAddr}: six octets, the first one even (unicast). */
    private static final Pattern UNICAST_MAC = Pattern.compile("[a-fA-F0-9][02468aAcCeE](:[a-fA-F0-9]{2}){5}");
    private static final Pattern MODEL = Pattern.compile("[a-zA-Z0-9\\-_]+");
    /** RNG {@code interface-bridge-attributes}, and at most 15 characters as Linux interface names are. */
    private static final Pattern BRIDGE = Pattern.compile("[a-zA-Z0-9_.\\-:]{1,15}");
    /** RNG {@code filterref-node-attributes}: the filter's name is an XML {@code NCName}. */
    private static final Pattern FILTER = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_.\\-]*");

    private final Type type;
    private final String source;
    private final String mac;
    private final String model;
    private final Bandwidth bandwidth;
    private final String filter;

    private Nic(Type type, String source, String mac, String model, Bandwidth bandwidth, String filter) {
        this.type = type;
        this.source = source;
        this.mac = mac;
        this.model = model;
        this.bandwidth = bandwidth;
        this.filter = filter;
    }

    /** An interface on a libvirt virtual network, {@code <interface type='network'>}. */
    public static Nic network(String network) {
        return new Nic(Type.NETWORK, Checks.objectName("network", network), null, null, null, null);
    }

    /** An interface on a host bridge, {@code <interface type='bridge'>}. */
    public static Nic bridge(String bridge) {
        return new Nic(Type.BRIDGE, Checks.matches("bridge", bridge, BRIDGE,
                "a host interface name of 1 to 15 letters, digits, '_', '.', '-' or ':'"), null, null, null, null);
    }

    /** Sets the MAC address; without one, libvirt generates it. */
    public Nic mac(String mac) {
        Checks.matches("mac", mac, UNICAST_MAC, "a unicast MAC address of six octets such as 52:54:00:12:34:56");
        return new Nic(type, source, mac, model, bandwidth, filter);
    }

    /** Sets the device model the guest sees, e.g. {@code virtio}, {@code e1000}, {@code rtl8139}. */
    public Nic model(String model) {
        Checks.matches("model", model, MODEL, "a model name of letters, digits, '-' or '_' such as virtio");
        return new Nic(type, source, mac, model, bandwidth, filter);
    }

    /** Limits the interface's traffic, {@code <bandwidth>}. */
    public Nic bandwidth(Bandwidth bandwidth) {
        return new Nic(type, source, mac, model, Checks.notNull("bandwidth", bandwidth), filter);
    }

    /**
     * Names the nwfilter libvirt applies to the interface's host device while the domain runs,
     * {@code <filterref filter='...'/>}; libvirt keeps that as an nwfilter binding of the device.
     */
    public Nic filterref(String filter) {
        Checks.matches("filter", filter, FILTER, "an nwfilter name of letters, digits, '_', '.' or '-' that starts "
                + "with a letter or '_' (an XML NCName)");
        return new Nic(type, source, mac, model, bandwidth, filter);
    }

    /** The {@code type} attribute, derived from the factory. */
    public Type type() {
        return type;
    }

    /** The network or bridge name. */
    public String source() {
        return source;
    }

    /** The MAC address, or {@code null} to let libvirt generate one. */
    public String mac() {
        return mac;
    }

    /** The device model, or {@code null} for the hypervisor's default. */
    public String model() {
        return model;
    }

    /** The quality of service, or {@code null} for none. */
    public Bandwidth bandwidth() {
        return bandwidth;
    }

    /** The nwfilter referenced, or {@code null} for none. */
    public String filterref() {
        return filter;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nic n && type == n.type && source.equals(n.source) && Objects.equals(mac, n.mac)
                && Objects.equals(model, n.model) && Objects.equals(bandwidth, n.bandwidth)
                && Objects.equals(filter, n.filter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, source, mac, model, bandwidth, filter);
    }

    @Override
    public String toString() {
        return "Nic[" + type.xmlValue() + " " + source + (mac == null ? "" : " " + mac) + "]";
    }
}
