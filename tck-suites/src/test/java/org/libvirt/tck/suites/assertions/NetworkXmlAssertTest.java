package org.libvirt.tck.suites.assertions;

import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.util.UUID;

import org.libvirt.tck.domainbuilder.network.ForwardMode;
import org.libvirt.tck.domainbuilder.network.NetworkBuilder;
import org.libvirt.tck.domainbuilder.network.NetworkSpec;
import org.testng.annotations.Test;

public class NetworkXmlAssertTest {

    private static final UUID UUID_1 = UUID.fromString("11111111-2222-3333-4444-555555555501");

    /** What {@code virsh -c qemu:///system net-dumpxml} gave for such a network: with a MAC, stp and delay added. */
    private static final String QEMU_XML = """
            <network>
              <name>tck-xml</name>
              <uuid>11111111-2222-3333-4444-555555555501</uuid>
              <bridge name='tckbr-xml' stp='on' delay='0'/>
              <mac address='52:54:00:0b:1f:27'/>
              <ip address='198.51.100.1' prefix='24'>
                <dhcp>
                  <range start='198.51.100.10' end='198.51.100.50'/>
                </dhcp>
              </ip>
            </network>
            """;

    private static NetworkBuilder spec() {
        return NetworkBuilder.named("tck-xml").withUuid(UUID_1).withBridge("tckbr-xml").withIpv4("198.51.100.1", 24)
                .withDhcpRange("198.51.100.10", "198.51.100.50");
    }

    @Test
    public void xmlWithWhatTheDriverAddedStillDescribesTheSpec() {
        NetworkXmlAssert.of("tck-xml", QEMU_XML).describes(spec().build()).hasForwardMode(ForwardMode.ISOLATED);
    }

    @Test
    public void aDifferentDhcpRangeFailsNamingWhatWasExpectedAndFound() {
        NetworkSpec wider = spec().withDhcpRange("198.51.100.10", "198.51.100.90").build();
        AssertionError e = expectThrows(AssertionError.class,
                () -> NetworkXmlAssert.of("tck-xml", QEMU_XML).describes(wider));
        assertTrue(e.getMessage().startsWith("expected the XML of network tck-xml to have "
                + "ip/dhcp/range/@end = '198.51.100.90', but found ip/dhcp/range/@end = '198.51.100.50' in:"),
                e.getMessage());
    }

    @Test
    public void aForwardModeWhereNoneWasSetFails() {
        String nat = QEMU_XML.replace("<bridge", "<forward mode='nat'/>\n  <bridge");
        AssertionError e = expectThrows(AssertionError.class,
                () -> NetworkXmlAssert.of("tck-xml", nat).describes(spec().build()));
        assertTrue(e.getMessage().startsWith("expected the XML of network tck-xml to have no <forward> (isolated), "
                + "but found <forward mode='nat'>"), e.getMessage());
    }

    @Test
    public void aMissingBridgeFails() {
        String noBridge = QEMU_XML.replaceAll("  <bridge[^>]*/>\n", "");
        AssertionError e = expectThrows(AssertionError.class,
                () -> NetworkXmlAssert.of("tck-xml", noBridge).hasBridge("tckbr-xml"));
        assertTrue(e.getMessage().contains("to have bridge/@name = 'tckbr-xml', but found no bridge/@name"),
                e.getMessage());
    }

    @Test
    public void anotherUuidFails() {
        NetworkSpec other = spec().withUuid(UUID.fromString("11111111-2222-3333-4444-555555555502")).build();
        assertThrows(AssertionError.class, () -> NetworkXmlAssert.of("tck-xml", QEMU_XML).describes(other));
    }

    @Test
    public void textThatIsNotNetworkXmlFails() {
        AssertionError e = expectThrows(AssertionError.class, () -> NetworkXmlAssert.of("tck-xml", "<domain/>"));
        assertTrue(e.getMessage().startsWith("expected a <network> document for network tck-xml, but found <domain>"),
                e.getMessage());
    }
}
