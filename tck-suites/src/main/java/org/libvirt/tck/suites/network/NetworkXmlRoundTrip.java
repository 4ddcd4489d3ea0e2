package org.libvirt.tck.suites.network;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.NetworkAssert.assertThat;

import java.util.UUID;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.libvirt.tck.domainbuilder.network.NetworkSpec;
import org.libvirt.tck.suites.scenario.Exclusive;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** The XML a driver gives back describes the network as it was given: every element and attribute set. */
@Exclusive("its networks use 198.51.100.0/24, which one active network at a time can have on a host")
public class NetworkXmlRoundTrip extends Scenario {

    @ScenarioId("network.xml-round-trip-defined")
    @Test(groups = {"network", "xml"})
    public void definedNetworkXmlHasEverythingItWasDefinedWith() throws LibvirtException {
        // GIVEN a full isolated definition: UUID, bridge, host address and DHCP range
        NetworkSpec spec = full(sandbox().network("xml-defined"), "tckbr-xmldef");

        // WHEN it is defined
        Network net = conn().networkDefineXML(spec.toXml());

        // THEN its XML has each of them
        assertThat(net).isInactive().xml().describes(spec);
    }

    @ScenarioId("network.xml-round-trip-created")
    @Test(groups = {"network", "xml"})
    public void createdNetworkXmlHasEverythingItWasCreatedWith() throws LibvirtException {
        // GIVEN a full isolated definition: UUID, bridge, host address and DHCP range
        NetworkSpec spec = full(sandbox().network("xml-created"), "tckbr-xmlcre");

        // WHEN it is created as a transient network
        Network net = conn().networkCreateXML(spec.toXml());

        // THEN its live XML has each of them
        assertThat(net).isActive().xml().describes(spec);
    }

    @ScenarioId("network.xml-redefine-own")
    @Test(groups = {"network", "xml"})
    public void definingTheXmlADriverGaveBackChangesNothing() throws LibvirtException {
        // GIVEN a defined network and the XML the driver gives for it (with whatever the driver added)
        NetworkSpec spec = full(sandbox().network("xml-own"), "tckbr-xmlown");
        Network net = conn().networkDefineXML(spec.toXml());
        String given = net.getXMLDesc(0);

        // WHEN that XML is defined again
        Network again = conn().networkDefineXML(given);

        // THEN the network and its XML are exactly as before
        String after = again.getXMLDesc(0);
        if (!after.equals(given)) {
            throw new AssertionError("expected defining network " + spec.name() + "'s own XML to leave it "
                    + "unchanged, but its XML went from:\n" + given + "\nto:\n" + after);
        }
        assertThat(again).isInactive().hasUuid(spec.uuid().toString());
    }

    @ScenarioId("network.name-missing")
    @Test(groups = {"network", "xml"})
    public void aNetworkWithoutANameFailsWithNoName() {
        // GIVEN a network definition without <name>
        String xml = BrokenXml.of(full(sandbox().network("nameless"), "tckbr-noname")).without("name").toXml();

        // WHEN it is defined or created THEN libvirt refuses it for the missing name
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NAME, () -> conn().networkDefineXML(xml));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NAME, () -> conn().networkCreateXML(xml));
    }

    private static NetworkSpec full(String name, String bridge) {
        return network(name).withUuid(UUID.randomUUID()).withBridge(bridge).withIpv4("198.51.100.1", 24)
                .withDhcpRange("198.51.100.10", "198.51.100.50").build();
    }
}
