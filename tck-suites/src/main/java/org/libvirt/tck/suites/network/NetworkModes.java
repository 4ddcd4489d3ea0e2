package org.libvirt.tck.suites.network;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.NetworkAssert.assertThat;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.libvirt.tck.domainbuilder.network.ForwardMode;
import org.libvirt.tck.domainbuilder.network.NetworkBuilder;
import org.libvirt.tck.domainbuilder.network.NetworkSpec;
import org.libvirt.tck.suites.scenario.Exclusive;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * Each forward mode is kept as defined, with the bridge the definition names.
 *
 * <p>Only isolated networks are started on a real host: starting a nat, route or open network makes the host
 * forward the guests' traffic to its other networks (nat and route also add firewall rules), which a test kit
 * must not do to a host it is a guest on. On the test driver, which touches nothing, they are started too.
 */
@Exclusive("its networks use 198.51.100.0/24, which one active network at a time can have on a host")
public class NetworkModes extends Scenario {

    @ScenarioId("network.mode-isolated")
    @Test(groups = {"network", "modes"})
    public void isolatedNetworkHasNoForwardAndRunsOnItsBridge() throws LibvirtException {
        // GIVEN an isolated network definition
        NetworkSpec spec = network(sandbox().network("isolated")).isolated().withBridge("tckbr-iso")
                .withIpv4("198.51.100.1", 24).build();

        // WHEN it is defined and started
        Network net = conn().networkDefineXML(spec.toXml());
        net.create();

        // THEN it is active on its bridge, and its XML has no <forward>
        assertThat(net).isActive().hasBridge("tckbr-iso").xml().hasForwardMode(ForwardMode.ISOLATED)
                .describes(spec);
    }

    @ScenarioId("network.mode-nat")
    @Test(groups = {"network", "modes"})
    public void natNetworkKeepsItsForwardMode() throws LibvirtException {
        checkRoutedMode(network(sandbox().network("nat")).forwardNat(), "tckbr-nat", ForwardMode.NAT);
    }

    @ScenarioId("network.mode-route")
    @Test(groups = {"network", "modes"})
    public void routedNetworkKeepsItsForwardMode() throws LibvirtException {
        checkRoutedMode(network(sandbox().network("route")).forwardRoute(), "tckbr-route", ForwardMode.ROUTE);
    }

    @ScenarioId("network.mode-open")
    @Test(groups = {"network", "modes"})
    public void openNetworkKeepsItsForwardMode() throws LibvirtException {
        checkRoutedMode(network(sandbox().network("open")).forwardOpen(), "tckbr-open", ForwardMode.OPEN);
    }

    @ScenarioId("network.mode-bridge")
    @Test(groups = {"network", "modes"})
    public void bridgedNetworkIsDefinedWithoutItsHostBridgeExisting() throws LibvirtException {
        // GIVEN a bridge-mode network whose host bridge does not exist (libvirt checks it only when a guest joins)
        NetworkSpec spec = network(sandbox().network("bridged")).forwardBridge("tckbr-nohost").build();

        // WHEN it is defined THEN it names the host bridge and has no addresses of its own
        Network net = conn().networkDefineXML(spec.toXml());
        assertThat(net).isInactive().hasBridge("tckbr-nohost").xml().hasForwardMode(ForwardMode.BRIDGE)
                .hasNoIp().describes(spec);

        // AND on the test driver it starts
        if (onTestDriver()) {
            net.create();
            assertThat(net).isActive().hasBridge("tckbr-nohost");
        }
    }

    @ScenarioId("network.forward-without-ip")
    @Test(groups = {"network", "modes"})
    public void forwardingWithoutAnAddressFailsWithXmlError() {
        // GIVEN nat, route and open definitions without an <ip> for the host on the network
        String nat = withoutIp(network(sandbox().network("nat-noip")).forwardNat(), "tckbr-natnoip");
        String route = withoutIp(network(sandbox().network("route-noip")).forwardRoute(), "tckbr-rtnoip");
        String open = withoutIp(network(sandbox().network("open-noip")).forwardOpen(), "tckbr-opnoip");

        // WHEN each is defined THEN libvirt refuses: there is no address to forward from
        assertFailsWith(ErrorNumber.VIR_ERR_XML_ERROR, () -> conn().networkDefineXML(nat));
        assertFailsWith(ErrorNumber.VIR_ERR_XML_ERROR, () -> conn().networkDefineXML(route));
        assertFailsWith(ErrorNumber.VIR_ERR_XML_ERROR, () -> conn().networkDefineXML(open));
    }

    @ScenarioId("network.unknown-forward-mode")
    @Test(groups = {"network", "modes"})
    public void anUnknownForwardModeFailsWithConfigUnsupported() {
        // GIVEN a nat definition whose forward mode is one libvirt does not know
        String name = sandbox().network("bogus-mode");
        String xml = BrokenXml.of(withIp(network(name).forwardNat(), "tckbr-bogus"))
                .withAttribute("forward", "mode", "tck-bogus").toXml();

        // WHEN it is defined THEN libvirt refuses it, and no network is left
        assertFailsWith(ErrorNumber.VIR_ERR_CONFIG_UNSUPPORTED, () -> conn().networkDefineXML(xml));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, () -> conn().networkLookupByName(name));
    }

    /** Defines a nat, route or open network, checks what it reads back, and starts it only on the test driver. */
    private static void checkRoutedMode(NetworkBuilder builder, String bridge, ForwardMode mode)
            throws LibvirtException {
        // GIVEN a definition with the mode, its own bridge and a host address
        NetworkSpec spec = withIp(builder, bridge);

        // WHEN it is defined THEN it keeps the mode and the bridge
        Network net = conn().networkDefineXML(spec.toXml());
        assertThat(net).isInactive().isPersistent(true).hasBridge(bridge).xml().hasForwardMode(mode)
                .describes(spec);

        // AND on the test driver it starts with the same mode and bridge
        if (onTestDriver()) {
            net.create();
            assertThat(net).isActive().hasBridge(bridge).xml().hasForwardMode(mode);
        }
    }

    private static NetworkSpec withIp(NetworkBuilder builder, String bridge) {
        return builder.withBridge(bridge).withIpv4("198.51.100.1", 24).build();
    }

    private static String withoutIp(NetworkBuilder builder, String bridge) {
        return BrokenXml.of(withIp(builder, bridge)).without("ip").toXml();
    }
}
