package org.libvirt.tck.domainbuilder.network;

import static org.libvirt.tck.domainbuilder.Rejections.assertArgumentRejected;
import static org.libvirt.tck.domainbuilder.Rejections.assertCombinationRejected;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;

import java.util.UUID;

import org.dom4j.Document;
import org.libvirt.tck.domainbuilder.Case;
import org.libvirt.tck.domainbuilder.RngValidator;
import org.libvirt.tck.domainbuilder.TestXml;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class NetworkBuilderTest {

    private static NetworkSpec natNetwork() {
        return NetworkBuilder.named("tck-net1")
                .withUuid(UUID.fromString("0b4007e7-c04e-4055-8ce3-cc9d67a4bb1d"))
                .withBridge("tckbr0")
                .forwardNat()
                .withIpv4("198.51.100.1", 24)
                .withDhcpRange("198.51.100.10", "198.51.100.50")
                .build();
    }

    // --- written XML ---

    @Test
    public void isolatedNetworkIsTheDefaultAndHasNoForward() {
        assertEquals(NetworkBuilder.named("tck-net0").withIpv4("203.0.113.1", 28).build().toXml(), """
                <network>
                  <name>tck-net0</name>
                  <ip address="203.0.113.1" prefix="28"/>
                </network>
                """);
    }

    @Test
    public void natNetworkWritesForwardBridgeIpAndDhcpInLibvirtsOrder() {
        assertEquals(natNetwork().toXml(), """
                <network>
                  <name>tck-net1</name>
                  <uuid>0b4007e7-c04e-4055-8ce3-cc9d67a4bb1d</uuid>
                  <forward mode="nat"/>
                  <bridge name="tckbr0"/>
                  <ip address="198.51.100.1" prefix="24">
                    <dhcp>
                      <range start="198.51.100.10" end="198.51.100.50"/>
                    </dhcp>
                  </ip>
                </network>
                """);
    }

    @Test
    public void bridgeModeNamesTheHostBridgeAndHasNoIp() {
        assertEquals(NetworkBuilder.named("tck-net2").forwardBridge("br0").build().toXml(), """
                <network>
                  <name>tck-net2</name>
                  <forward mode="bridge"/>
                  <bridge name="br0"/>
                </network>
                """);
    }

    @Test
    public void theLastForwardCallDecides() {
        NetworkSpec spec = NetworkBuilder.named("tck-net3").forwardBridge("br0").forwardRoute().build();
        assertEquals(spec.forwardMode(), ForwardMode.ROUTE);
        assertNull(spec.bridgeName());
    }

    // --- round trip and schema ---

    @Test
    public void natNetworkParsesBackToItsParts() {
        Document doc = TestXml.parse(natNetwork().toXml());
        assertEquals(doc.valueOf("/network/name"), "tck-net1");
        assertEquals(doc.valueOf("/network/forward/@mode"), "nat");
        assertEquals(doc.valueOf("/network/bridge/@name"), "tckbr0");
        assertEquals(doc.valueOf("/network/ip/@prefix"), "24");
        assertEquals(doc.valueOf("/network/ip/dhcp/range/@end"), "198.51.100.50");
    }

    @DataProvider
    public Object[][] networks() {
        return new Object[][] {
                {new Case<>("ISOLATED", NetworkBuilder.named("n").isolated().withIpv4("203.0.113.1", 24).build())},
                {new Case<>("NAT", natNetwork())},
                {new Case<>("ROUTE", NetworkBuilder.named("n").forwardRoute().withIpv4("203.0.113.1", 24).build())},
                {new Case<>("OPEN", NetworkBuilder.named("n").forwardOpen().withBridge("tckbr1")
                        .withIpv4("203.0.113.1", 24).build())},
                {new Case<>("BRIDGE", NetworkBuilder.named("n").forwardBridge("br0").build())},
        };
    }

    @Test(dataProvider = "networks")
    public void everyForwardModeIsValidAgainstLibvirtsSchema(Case<NetworkSpec> network) {
        assertEquals(network.spec().forwardMode().name(), network.name());
        RngValidator.assertValid(RngValidator.NETWORK, network.spec().toXml());
    }

    // --- rejected arguments ---

    @Test
    public void nameWithSlashIsRejected() {
        assertArgumentRejected(() -> NetworkBuilder.named("tck/net"),
                "network name must not contain '/', got 'tck/net'");
    }

    @Test
    public void addressThatIsNotADottedQuadIsRejected() {
        assertArgumentRejected(() -> NetworkBuilder.named("n").withIpv4("198.51.100.256", 24),
                "address must be an IPv4 address such as 198.51.100.1, got '198.51.100.256'");
    }

    @Test
    public void prefixAbove32IsRejected() {
        assertArgumentRejected(() -> NetworkBuilder.named("n").withIpv4("198.51.100.1", 33),
                "prefix must be between 1 and 32, got 33");
    }

    @Test
    public void networkAddressAsHostAddressIsRejected() {
        assertArgumentRejected(() -> NetworkBuilder.named("n").withIpv4("198.51.100.0", 24),
                "address 198.51.100.0 is the network or broadcast address of 198.51.100.0/24; choose a host address "
                        + "such as 198.51.100.1");
    }

    @Test
    public void dhcpRangeStartingAfterItsEndIsRejected() {
        assertArgumentRejected(() -> NetworkBuilder.named("n").withDhcpRange("198.51.100.50", "198.51.100.10"),
                "dhcp range start 198.51.100.50 is after its end 198.51.100.10; give the lower address first");
    }

    @Test
    public void bridgeNameLongerThanAnInterfaceNameIsRejected() {
        assertArgumentRejected(() -> NetworkBuilder.named("n").withBridge("tck-bridge-0123456"), "bridge must be a "
                + "host interface name of 1 to 15 letters, digits, '_', '.', '-' or ':', got 'tck-bridge-0123456'");
    }

    // --- rejected combinations ---

    @Test
    public void dhcpRangeOutsideTheSubnetIsRejected() {
        assertCombinationRejected(() -> NetworkBuilder.named("n").withIpv4("198.51.100.1", 24)
                        .withDhcpRange("198.51.101.10", "198.51.101.20").build(),
                "dhcp range 198.51.101.10-198.51.101.20 is not inside the host addresses of 198.51.100.0/24 given by "
                        + "withIpv4(198.51.100.1, 24)");
    }

    @Test
    public void dhcpRangeIncludingTheBroadcastAddressIsRejected() {
        assertCombinationRejected(() -> NetworkBuilder.named("n").withIpv4("198.51.100.1", 24)
                        .withDhcpRange("198.51.100.200", "198.51.100.255").build(),
                "dhcp range 198.51.100.200-198.51.100.255 is not inside the host addresses of 198.51.100.0/24 given "
                        + "by withIpv4(198.51.100.1, 24)");
    }

    @Test
    public void dhcpRangeWithoutIpIsRejected() {
        assertCombinationRejected(() -> NetworkBuilder.named("n")
                        .withDhcpRange("198.51.100.10", "198.51.100.20").build(),
                "withDhcpRange(198.51.100.10, 198.51.100.20) needs an address to serve from: "
                        + "call withIpv4(address, prefix)");
    }

    @Test
    public void ipInBridgeModeIsRejected() {
        assertCombinationRejected(() -> NetworkBuilder.named("n")
                        .forwardBridge("br0").withIpv4("198.51.100.1", 24).build(),
                "withIpv4(198.51.100.1) does not fit forwardBridge(br0): a bridge-mode network has no <ip>, the host "
                        + "bridge's network assigns addresses");
    }

    @Test
    public void secondBridgeNameInBridgeModeIsRejected() {
        assertCombinationRejected(() -> NetworkBuilder.named("n").withBridge("tckbr0").forwardBridge("br0").build(),
                "withBridge(tckbr0) and forwardBridge(br0) both name the bridge; a bridge-mode network uses the host "
                        + "bridge, so drop withBridge");
    }
}
