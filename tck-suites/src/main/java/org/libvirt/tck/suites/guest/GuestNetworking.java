package org.libvirt.tck.suites.guest;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.libvirt.tck.core.connect.NetworkUpdate;
import org.libvirt.tck.core.connect.NetworkUpdate.Command;
import org.libvirt.tck.core.connect.NetworkUpdate.Section;
import org.libvirt.tck.core.guest.ExecResult;
import org.libvirt.tck.core.guest.GuestSession;
import org.libvirt.tck.domainbuilder.domain.Nic;
import org.libvirt.tck.domainbuilder.network.NetworkBuilder;
import org.libvirt.tck.suites.scenario.Exclusive;
import org.libvirt.tck.suites.scenario.MissingResource;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * A guest on a libvirt network gets its address from the network's DHCP server and reaches the host's address on
 * the network, in each forward mode.
 *
 * <p>The guest asks with busybox {@code udhcpc}, whose script here only sets the address it is given: it ignores
 * the router the lease names, so the guest has no default route and can reach nothing but the network's subnet;
 * it only ever pings the host's address on the network. Starting a nat, route or open network turns on the host's
 * IP forwarding (and, for nat and route, adds firewall rules), so on a real host those scenarios run only when
 * {@code host_resources.ip_forwarding} is {@code yes}.
 */
@Exclusive("its networks use 198.51.100.0/24, which one active network at a time can have on a host")
public class GuestNetworking extends GuestScenario {

    private static final String GATEWAY = "198.51.100.1";
    private static final String FIRST = "198.51.100.100";
    private static final String LAST = "198.51.100.199";
    private static final String MAC = "52:54:00:7c:01:01";
    /** How long udhcpc may try: 10 discovers, 2 s apart, on a TCG guest. */
    private static final Duration DHCP_TIMEOUT = Duration.ofSeconds(60);
    /**
     * The udhcpc script: on a lease, it puts the address on the interface and nothing else (no default route, no
     * resolver), and writes it down.
     */
    private static final String UDHCPC_SCRIPT = """
            #!/bin/sh
            case "$1" in
                deconfig) ip addr flush dev "$interface"; ip link set "$interface" up ;;
                bound|renew) ip addr flush dev "$interface"; ip addr add "$ip/$mask" dev "$interface" ;;
            esac
            """;
    private static final Pattern INET = Pattern.compile("inet (\\d+\\.\\d+\\.\\d+\\.\\d+)/(\\d+)");

    @ScenarioId("guest.network-isolated")
    @Test(groups = {"guest", "network"})
    public void aGuestOnAnIsolatedNetworkGetsAnAddressByDhcpAndPingsTheHost() throws LibvirtException {
        checkMode(network(sandbox().network("gnet-isolated")).isolated(), "tckbr-gniso", "gnet-isolated", false);
    }

    @ScenarioId("guest.network-nat")
    @Test(groups = {"guest", "network"})
    public void aGuestOnANatNetworkGetsAnAddressByDhcpAndPingsTheHost() throws LibvirtException {
        checkMode(network(sandbox().network("gnet-nat")).forwardNat(), "tckbr-gnnat", "gnet-nat", true);
    }

    @ScenarioId("guest.network-route")
    @Test(groups = {"guest", "network"})
    public void aGuestOnARoutedNetworkGetsAnAddressByDhcpAndPingsTheHost() throws LibvirtException {
        checkMode(network(sandbox().network("gnet-route")).forwardRoute(), "tckbr-gnroute", "gnet-route", true);
    }

    @ScenarioId("guest.network-open")
    @Test(groups = {"guest", "network"})
    public void aGuestOnAnOpenNetworkGetsAnAddressByDhcpAndPingsTheHost() throws LibvirtException {
        checkMode(network(sandbox().network("gnet-open")).forwardOpen(), "tckbr-gnopen", "gnet-open", true);
    }

    @ScenarioId("guest.network-dhcp-host")
    @Test(groups = {"guest", "network", "update"})
    public void aDhcpHostEntryAddedToTheRunningNetworkGivesTheGuestItsFixedAddress() throws LibvirtException {
        // GIVEN a running isolated network with a DHCP range
        Network net = conn().networkCreateXML(withDhcp(network(sandbox().network("gnet-fixed")).isolated(),
                "tckbr-gnfixed"));

        // WHEN a host entry for the guest's MAC address, outside the range, is added to the running network
        String fixed = "198.51.100.42";
        NetworkUpdate.apply(net, Command.ADD_LAST, Section.IP_DHCP_HOST,
                "<host mac='" + MAC + "' name='tck-guest' ip='" + fixed + "'/>", NetworkUpdate.AFFECT_LIVE);

        // AND a guest with that MAC address boots on it
        String name = sandbox().domain("gnet-fixed");
        Domain dom = conn().domainCreateXML(guest(name).withInterface(nic(net)).build().toXml(), 0);
        assertThat(dom).isRunning();

        // THEN the DHCP server gives it the entry's address, and it reaches the host
        try (GuestSession agent = agentOf(dom, name)) {
            String address = leaseAddress(agent);
            if (!address.equals(fixed)) {
                throw new AssertionError("expected the guest to get " + fixed + " from its DHCP host entry, but it "
                        + "got " + address);
            }
            pingsGateway(agent);
        }
    }

    /** Starts a network of the builder's mode with DHCP, boots a guest on it and checks from inside. */
    private static void checkMode(NetworkBuilder builder, String bridge, String guest, boolean forwards)
            throws LibvirtException {
        if (forwards && !onTestDriver() && !tck().config().hostResources().ipForwarding()) {
            throw new MissingResource("host_resources.ip_forwarding (yes: the kit may turn on the host's IP "
                    + "forwarding for nat, route and open networks)");
        }
        // GIVEN a running network of the mode, with a host address and a DHCP range
        Network net = conn().networkCreateXML(withDhcp(builder, bridge));

        // WHEN a guest with an interface on it boots
        String name = sandbox().domain(guest);
        Domain dom = conn().domainCreateXML(guest(name).withInterface(nic(net)).build().toXml(), 0);
        assertThat(dom).isRunning();

        // THEN it gets an address in the DHCP range, has no route off the network, and pings the host's address
        try (GuestSession agent = agentOf(dom, name)) {
            String address = leaseAddress(agent);
            int last = Integer.parseInt(address.substring(address.lastIndexOf('.') + 1));
            if (!address.startsWith("198.51.100.") || last < 100 || last > 199) {
                throw new AssertionError("expected the guest to get an address from " + FIRST + " to " + LAST
                        + " by DHCP, but it got " + address);
            }
            pingsGateway(agent);
        }
    }

    private static String withDhcp(NetworkBuilder builder, String bridge) {
        return builder.withBridge(bridge).withIpv4(GATEWAY, 24).withDhcpRange(FIRST, LAST).build().toXml();
    }

    private static Nic nic(Network net) throws LibvirtException {
        return Nic.network(net.getName()).mac(MAC).model("virtio");
    }

    /** Runs udhcpc on the guest's interface with the kit's script and returns the address it set. */
    private static String leaseAddress(GuestSession agent) {
        String iface = run(agent, "for i in /sys/class/net/*; do [ \"$(cat $i/address)\" = " + MAC
                + " ] && basename $i; done; true");
        if (iface.isEmpty()) {
            throw new AssertionError("expected the guest to have an interface with MAC " + MAC + ", but "
                    + "/sys/class/net has: " + run(agent, "ls /sys/class/net"));
        }
        String script = "/tmp/tck-udhcpc.sh";
        ExecResult dhcp = agent.exec("cat > " + script + " <<'EOF'\n" + UDHCPC_SCRIPT + "EOF\nchmod +x " + script
                + "\nip link set " + iface + " up\nudhcpc -i " + iface + " -s " + script + " -n -q -t 10 -T 2 2>&1",
                DHCP_TIMEOUT);
        if (dhcp.exitCode() != 0) {
            throw new AssertionError("expected udhcpc to get a lease on " + iface + ", but it exited with "
                    + dhcp.exitCode() + ": " + dhcp.output());
        }
        String shown = run(agent, "ip -4 addr show dev " + iface);
        Matcher inet = INET.matcher(shown);
        if (!inet.find() || !inet.group(2).equals("24")) {
            throw new AssertionError("expected " + iface + " to have a /24 address after the lease, but 'ip addr' "
                    + "shows: " + shown);
        }
        String routes = run(agent, "ip route");
        if (routes.contains("default")) {
            throw new AssertionError("expected the guest to have no default route (it must not reach past the "
                    + "network), but it has: " + routes);
        }
        return inet.group(1);
    }

    private static void pingsGateway(GuestSession agent) {
        ExecResult ping = agent.exec("ping -c 3 -W 2 " + GATEWAY + " 2>&1", DHCP_TIMEOUT);
        if (ping.exitCode() != 0 || !ping.output().contains(" 0% packet loss")) {
            throw new AssertionError("expected the guest to ping the host's address " + GATEWAY + " on the network "
                    + "without loss, but ping exited with " + ping.exitCode() + ": " + ping.output());
        }
    }
}
