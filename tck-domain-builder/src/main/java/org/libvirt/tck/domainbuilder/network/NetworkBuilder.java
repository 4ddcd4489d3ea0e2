package org.libvirt.tck.domainbuilder.network;

import java.util.regex.Pattern;

import org.libvirt.tck.domainbuilder.NamedBuilder;
import org.libvirt.tck.domainbuilder.internal.Checks;
import org.libvirt.tck.domainbuilder.internal.Ipv4;

/**
 * Builds a virtual network definition, {@code <network>}, that libvirt's schema accepts.
 *
 * <pre>{@code
 * NetworkSpec net = NetworkBuilder.named("tck-net1")
 *         .withBridge("tckbr0")
 *         .forwardNat()
 *         .withIpv4("198.51.100.1", 24)
 *         .withDhcpRange("198.51.100.10", "198.51.100.50")
 *         .build();
 * NetworkSpec bridged = NetworkBuilder.named("tck-net2").forwardBridge("br0").build();
 * }</pre>
 *
 * <p>Each argument is checked when it is set ({@link IllegalArgumentException}); {@link #build()} checks that
 * the parts fit together ({@link IllegalStateException}). The forward methods replace one another: the last
 * one called decides.
 */
public final class NetworkBuilder extends NamedBuilder<NetworkBuilder> {

    /** How the network reaches the outside when no forward method is called: not at all. */
    public static final ForwardMode DEFAULT_FORWARD_MODE = ForwardMode.ISOLATED;

    /** RNG {@code deviceName}, and at most 15 characters as Linux interface names are. */
    private static final Pattern BRIDGE = Pattern.compile("[a-zA-Z0-9_.\\-:]{1,15}");
    private static final String BRIDGE_EXPECTED =
            "a host interface name of 1 to 15 letters, digits, '_', '.', '-' or ':'";

    private ForwardMode forwardMode;
    private String forwardBridge;
    private String bridgeName;
    private String address;
    private int prefix;
    private NetworkSpec.DhcpRange dhcpRange;

    private NetworkBuilder(String name) {
        super("network name", name);
    }

    /**
     * Starts a network called {@code name}.
     *
     * @param name a non-empty single line without {@code '/'}, at most {@value Checks#MAX_NAME_LENGTH} characters
     */
    public static NetworkBuilder named(String name) {
        return new NetworkBuilder(name);
    }

    /**
     * Names the bridge libvirt creates for the network, {@code <bridge name=...>}.
     *
     * @param bridgeName the bridge name, or {@code null} to let libvirt choose one ({@code virbrN})
     */
    public NetworkBuilder withBridge(String bridgeName) {
        this.bridgeName = bridgeName == null ? null : Checks.matches("bridge", bridgeName, BRIDGE, BRIDGE_EXPECTED);
        return this;
    }

    /** Keeps the network to itself: no {@code <forward>}. This is the default. */
    public NetworkBuilder isolated() {
        return forward(ForwardMode.ISOLATED, null);
    }

    /** Forwards with address translation, {@code <forward mode='nat'>}. */
    public NetworkBuilder forwardNat() {
        return forward(ForwardMode.NAT, null);
    }

    /** Forwards by routing, {@code <forward mode='route'>}. */
    public NetworkBuilder forwardRoute() {
        return forward(ForwardMode.ROUTE, null);
    }

    /** Forwards without firewall rules, {@code <forward mode='open'>}. */
    public NetworkBuilder forwardOpen() {
        return forward(ForwardMode.OPEN, null);
    }

    /**
     * Puts guests on an existing host bridge, {@code <forward mode='bridge'>} with {@code <bridge name=...>}.
     * Such a network has no {@code <ip>}: the host bridge's own network assigns addresses.
     */
    public NetworkBuilder forwardBridge(String hostBridge) {
        return forward(ForwardMode.BRIDGE, Checks.matches("hostBridge", hostBridge, BRIDGE, BRIDGE_EXPECTED));
    }

    /**
     * Sets the host's IPv4 address on the network, {@code <ip address=... prefix=...>}.
     *
     * @param address a host address, neither the subnet's network nor its broadcast address
     * @param prefix  the subnet prefix length, 1 to 32
     */
    public NetworkBuilder withIpv4(String address, int prefix) {
        Ipv4.check("address", address);
        if (prefix < 1 || prefix > 32) {
            throw new IllegalArgumentException("prefix must be between 1 and 32, got " + prefix);
        }
        long value = Ipv4.value(address);
        if (prefix < 31 && (value == Ipv4.network(value, prefix) || value == Ipv4.broadcast(value, prefix))) {
            throw new IllegalArgumentException("address " + address + " is the network or broadcast address of "
                    + subnet(value, prefix) + "; choose a host address such as "
                    + Ipv4.format(Ipv4.network(value, prefix) + 1));
        }
        this.address = address;
        this.prefix = prefix;
        return this;
    }

    /**
     * Lets libvirt's DHCP server hand out {@code start} to {@code end}, {@code <dhcp><range>}; the range must lie
     * inside the subnet of {@link #withIpv4}.
     */
    public NetworkBuilder withDhcpRange(String start, String end) {
        Ipv4.check("dhcp range start", start);
        Ipv4.check("dhcp range end", end);
        if (Ipv4.value(start) > Ipv4.value(end)) {
            throw new IllegalArgumentException("dhcp range start " + start + " is after its end " + end
                    + "; give the lower address first");
        }
        this.dhcpRange = new NetworkSpec.DhcpRange(start, end);
        return this;
    }

    /**
     * Checks that the parts fit together, applies the defaults and returns the immutable definition.
     *
     * @throws IllegalStateException naming the combination that libvirt would reject
     */
    public NetworkSpec build() {
        ForwardMode mode = forwardMode == null ? DEFAULT_FORWARD_MODE : forwardMode;
        if (mode == ForwardMode.BRIDGE) {
            if (bridgeName != null) {
                throw new IllegalStateException("withBridge(" + bridgeName + ") and forwardBridge(" + forwardBridge
                        + ") both name the bridge; a bridge-mode network uses the host bridge, so drop withBridge");
            }
            if (address != null) {
                throw new IllegalStateException("withIpv4(" + address + ") does not fit forwardBridge(" + forwardBridge
                        + "): a bridge-mode network has no <ip>, the host bridge's network assigns addresses");
            }
        }
        if (dhcpRange != null) {
            checkDhcpRange();
        }
        NetworkSpec.Ipv4 ipv4 = address == null ? null : new NetworkSpec.Ipv4(address, prefix, dhcpRange);
        String bridge = mode == ForwardMode.BRIDGE ? forwardBridge : bridgeName;
        return new NetworkSpec(name(), uuid(), mode, bridge, ipv4);
    }

    private NetworkBuilder forward(ForwardMode mode, String hostBridge) {
        this.forwardMode = mode;
        this.forwardBridge = hostBridge;
        return this;
    }

    private void checkDhcpRange() {
        if (address == null) {
            throw new IllegalStateException("withDhcpRange(" + dhcpRange.start() + ", " + dhcpRange.end()
                    + ") needs an address to serve from: call withIpv4(address, prefix)");
        }
        long host = Ipv4.value(address);
        long first = Ipv4.network(host, prefix);
        long last = Ipv4.broadcast(host, prefix);
        long start = Ipv4.value(dhcpRange.start());
        long end = Ipv4.value(dhcpRange.end());
        boolean inside = prefix >= 31 ? start >= first && end <= last : start > first && end < last;
        if (!inside) {
            throw new IllegalStateException("dhcp range " + dhcpRange.start() + "-" + dhcpRange.end()
                    + " is not inside the host addresses of " + subnet(host, prefix) + " given by withIpv4("
                    + address + ", " + prefix + ")");
        }
    }

    private static String subnet(long address, int prefix) {
        return Ipv4.format(Ipv4.network(address, prefix)) + "/" + prefix;
    }
}
