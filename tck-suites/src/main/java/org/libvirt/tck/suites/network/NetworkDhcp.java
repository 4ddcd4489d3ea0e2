package org.libvirt.tck.suites.network;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.NetworkAssert.assertThat;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.libvirt.tck.domainbuilder.network.NetworkSpec;
import org.libvirt.tck.suites.scenario.Exclusive;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A network's host address and DHCP range are kept as given, and libvirt refuses ones that cannot work. */
@Exclusive("its networks use 198.51.100.0/24, which one active network at a time can have on a host")
public class NetworkDhcp extends Scenario {

    /** The DHCP range the scenarios hand out, inside 198.51.100.0/24. */
    private static final String FIRST = "198.51.100.100";
    private static final String LAST = "198.51.100.199";

    @ScenarioId("network.dhcp-range")
    @Test(groups = {"network", "dhcp"})
    public void dhcpRangeIsKeptByTheDefinitionAndTheActiveNetwork() throws LibvirtException {
        // GIVEN a network with a host address and a DHCP range in its subnet
        NetworkSpec spec = withRange(sandbox().network("dhcp"), "tckbr-dhcp");

        // WHEN it is defined THEN its XML has the address and the range
        Network net = conn().networkDefineXML(spec.toXml());
        assertThat(net).isInactive().xml().hasIpv4("198.51.100.1", 24).hasDhcpRange(FIRST, LAST);

        // WHEN it is started THEN the active network has the same address and range
        net.create();
        assertThat(net).isActive().xml().hasIpv4("198.51.100.1", 24).hasDhcpRange(FIRST, LAST);
    }

    @ScenarioId("network.dhcp-range-outside-subnet")
    @Test(groups = {"network", "dhcp"})
    public void dhcpRangeOutsideTheSubnetFailsWithInternalError() {
        // GIVEN a network on 198.51.100.0/24 whose DHCP range lies in 203.0.113.0/24
        String name = sandbox().network("dhcp-outside");
        String xml = BrokenXml.of(withRange(name, "tckbr-dhcpout"))
                .withAttribute("ip/dhcp/range", "start", "203.0.113.100")
                .withAttribute("ip/dhcp/range", "end", "203.0.113.199").toXml();

        // WHEN it is defined or created THEN libvirt refuses: the range is not entirely within the network
        assertFailsWith(ErrorNumber.VIR_ERR_INTERNAL_ERROR, () -> conn().networkDefineXML(xml));
        assertFailsWith(ErrorNumber.VIR_ERR_INTERNAL_ERROR, () -> conn().networkCreateXML(xml));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, () -> conn().networkLookupByName(name));
    }

    @ScenarioId("network.dhcp-range-reversed")
    @Test(groups = {"network", "dhcp"})
    public void dhcpRangeThatEndsBeforeItStartsFailsWithInternalError() {
        // GIVEN a network whose DHCP range has its end before its start
        String name = sandbox().network("dhcp-reversed");
        String xml = BrokenXml.of(withRange(name, "tckbr-dhcprev"))
                .withAttribute("ip/dhcp/range", "start", LAST)
                .withAttribute("ip/dhcp/range", "end", FIRST).toXml();

        // WHEN it is defined THEN libvirt refuses the reversed range
        assertFailsWith(ErrorNumber.VIR_ERR_INTERNAL_ERROR, () -> conn().networkDefineXML(xml));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, () -> conn().networkLookupByName(name));
    }

    @ScenarioId("network.ip-prefix-invalid")
    @Test(groups = {"network", "dhcp"})
    public void anIpv4PrefixLongerThan32FailsWithConfigUnsupported() {
        // GIVEN a network whose host address has prefix 33
        String name = sandbox().network("prefix33");
        String xml = BrokenXml.of(withRange(name, "tckbr-pfx33")).without("ip/dhcp")
                .withAttribute("ip", "prefix", "33").toXml();

        // WHEN it is defined THEN libvirt refuses the prefix
        assertFailsWith(ErrorNumber.VIR_ERR_CONFIG_UNSUPPORTED, () -> conn().networkDefineXML(xml));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, () -> conn().networkLookupByName(name));
    }

    @ScenarioId("network.ip-address-invalid")
    @Test(groups = {"network", "dhcp"})
    public void anIpv4AddressThatIsNotOneFailsWithXmlError() {
        // GIVEN a network whose host address has an octet of 300
        String name = sandbox().network("badaddress");
        String xml = BrokenXml.of(withRange(name, "tckbr-badaddr")).without("ip/dhcp")
                .withAttribute("ip", "address", "198.51.100.300").toXml();

        // WHEN it is defined THEN libvirt refuses the address
        assertFailsWith(ErrorNumber.VIR_ERR_XML_ERROR, () -> conn().networkDefineXML(xml));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, () -> conn().networkLookupByName(name));
    }

    private static NetworkSpec withRange(String name, String bridge) {
        return network(name).withBridge(bridge).withIpv4("198.51.100.1", 24).withDhcpRange(FIRST, LAST).build();
    }
}
