package org.libvirt.tck.suites.network;

import static org.libvirt.tck.core.connect.NetworkUpdate.AFFECT_CONFIG;
import static org.libvirt.tck.core.connect.NetworkUpdate.AFFECT_LIVE;
import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.NetworkAssert.assertThat;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.libvirt.tck.core.connect.LibvirtError;
import org.libvirt.tck.core.connect.NetworkUpdate;
import org.libvirt.tck.core.connect.NetworkUpdate.Command;
import org.libvirt.tck.core.connect.NetworkUpdate.Section;
import org.libvirt.tck.suites.assertions.NetworkXmlAssert;
import org.libvirt.tck.suites.scenario.Exclusive;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.libvirt.tck.suites.scenario.Unsupported;
import org.testng.annotations.Test;

/**
 * {@code virNetworkUpdate} changes one DHCP host or range of a network in place: in the running network, in its
 * definition, or both, as the flags say; entries that clash or are missing, and sections libvirt does not know, are
 * refused with a precise error and change nothing.
 */
@Exclusive("its networks use 198.51.100.0/24, which one active network at a time can have on a host")
public class NetworkUpdates extends Scenario {

    private static final String MAC = "52:54:00:7c:00:01";
    private static final String HOST_IP = "198.51.100.50";
    private static final String HOST = "<host mac='" + MAC + "' name='tck-guest' ip='" + HOST_IP + "'/>";
    /** The network's own DHCP range. */
    private static final String FIRST = "198.51.100.100";
    private static final String LAST = "198.51.100.199";
    /** The range the scenarios add, inside the subnet and apart from the network's own. */
    private static final String ADDED_FIRST = "198.51.100.20";
    private static final String ADDED_LAST = "198.51.100.29";
    private static final String RANGE = "<range start='" + ADDED_FIRST + "' end='" + ADDED_LAST + "'/>";
    /** libvirt's {@code VIR_NETWORK_XML_INACTIVE}. */
    private static final int XML_INACTIVE = 1;
    /** A section number past the last one libvirt defines ({@code VIR_NETWORK_SECTION_DNS_SRV} is 12). */
    private static final int UNKNOWN_SECTION = 99;
    /** A command number past the last one libvirt defines ({@code VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST} is 4). */
    private static final int UNKNOWN_COMMAND = 99;

    @ScenarioId("network.update-dhcp-host-live")
    @Test(groups = {"network", "update", "dhcp"})
    public void aDhcpHostAddedToARunningNetworkIsInItsXmlUntilDeleted() throws LibvirtException {
        // GIVEN an active transient network with a DHCP range
        Network net = conn().networkCreateXML(withRange(sandbox().network("upd-host"), "tckbr-updhost"));

        // WHEN a DHCP host entry is added to the running network
        NetworkUpdate.apply(net, Command.ADD_LAST, Section.IP_DHCP_HOST, HOST, AFFECT_LIVE);

        // THEN its XML gives that MAC address its fixed address, next to the range
        assertThat(net).isActive().xml().hasDhcpHost(MAC, HOST_IP).hasDhcpRange(FIRST, LAST);

        // WHEN the entry is deleted THEN it is gone and the range is untouched
        NetworkUpdate.apply(net, Command.DELETE, Section.IP_DHCP_HOST, HOST, AFFECT_LIVE);
        assertThat(net).xml().hasNoDhcpHost(MAC).hasDhcpRange(FIRST, LAST);
    }

    @ScenarioId("network.update-dhcp-host-config")
    @Test(groups = {"network", "update", "dhcp"})
    public void aDhcpHostChangesOnlyTheDefinitionTheFlagsName() throws LibvirtException {
        // GIVEN a defined network that is running
        Network net = conn().networkDefineXML(withRange(sandbox().network("upd-host-cfg"), "tckbr-updhcfg"));
        net.create();

        // WHEN a DHCP host entry is added to its definition only
        NetworkUpdate.apply(net, Command.ADD_LAST, Section.IP_DHCP_HOST, HOST, AFFECT_CONFIG);

        // THEN the running network does not have it, and the definition does
        assertThat(net).isActive().xml().hasNoDhcpHost(MAC);
        definitionOf(net).hasDhcpHost(MAC, HOST_IP);

        // AND the network starts from the definition again, with the entry
        net.destroy();
        net.create();
        assertThat(net).isActive().xml().hasDhcpHost(MAC, HOST_IP).hasDhcpRange(FIRST, LAST);

        // WHEN the entry is deleted from the running network and the definition at once THEN neither has it
        NetworkUpdate.apply(net, Command.DELETE, Section.IP_DHCP_HOST, HOST, AFFECT_LIVE | AFFECT_CONFIG);
        assertThat(net).xml().hasNoDhcpHost(MAC);
        definitionOf(net).hasNoDhcpHost(MAC).hasDhcpRange(FIRST, LAST);
    }

    @ScenarioId("network.update-dhcp-range-live")
    @Test(groups = {"network", "update", "dhcp"})
    public void aDhcpRangeAddedToARunningNetworkIsInItsXmlUntilDeleted() throws LibvirtException {
        // GIVEN an active transient network with one DHCP range
        Network net = conn().networkCreateXML(withRange(sandbox().network("upd-range"), "tckbr-updrng"));

        // WHEN a second range in its subnet is added to the running network
        NetworkUpdate.apply(net, Command.ADD_LAST, Section.IP_DHCP_RANGE, RANGE, AFFECT_LIVE);

        // THEN its XML has both ranges
        assertThat(net).isActive().xml().hasDhcpRangeCount(2).includesDhcpRange(FIRST, LAST)
                .includesDhcpRange(ADDED_FIRST, ADDED_LAST);

        // WHEN the added range is deleted THEN only the first is left
        NetworkUpdate.apply(net, Command.DELETE, Section.IP_DHCP_RANGE, RANGE, AFFECT_LIVE);
        assertThat(net).xml().hasDhcpRange(FIRST, LAST);
    }

    @ScenarioId("network.update-dhcp-range-config")
    @Test(groups = {"network", "update", "dhcp"})
    public void aDhcpRangeAddedToAnInactiveDefinitionIsThereWhenTheNetworkStarts() throws LibvirtException {
        // GIVEN a defined network that is not running
        Network net = conn().networkDefineXML(withRange(sandbox().network("upd-range-cfg"), "tckbr-updrcfg"));

        // WHEN the running network is to be changed THEN libvirt refuses: there is none
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID,
                () -> NetworkUpdate.apply(net, Command.ADD_LAST, Section.IP_DHCP_RANGE, RANGE, AFFECT_LIVE));

        // WHEN a range is added to the definition (the "current" state of an inactive network)
        NetworkUpdate.apply(net, Command.ADD_FIRST, Section.IP_DHCP_RANGE, RANGE, NetworkUpdate.AFFECT_CURRENT);

        // THEN the definition has it first, and so does the network once started
        assertThat(net).isInactive().xml().hasDhcpRangeCount(2).includesDhcpRange(ADDED_FIRST, ADDED_LAST);
        net.create();
        assertThat(net).isActive().xml().hasDhcpRangeCount(2).includesDhcpRange(ADDED_FIRST, ADDED_LAST)
                .includesDhcpRange(FIRST, LAST);
    }

    @ScenarioId("network.update-clashing-entries")
    @Test(groups = {"network", "update", "errors"})
    public void entriesThatClashOrAreMissingFailWithOperationInvalidAndChangeNothing() throws LibvirtException {
        // GIVEN a running network with a DHCP host entry
        Network net = conn().networkCreateXML(withRange(sandbox().network("upd-clash"), "tckbr-updclsh"));
        NetworkUpdate.apply(net, Command.ADD_LAST, Section.IP_DHCP_HOST, HOST, AFFECT_LIVE);

        // WHEN the same entry or the network's own range is added again THEN libvirt refuses: they exist
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID,
                () -> NetworkUpdate.apply(net, Command.ADD_LAST, Section.IP_DHCP_HOST, HOST, AFFECT_LIVE));
        String ownRange = "<range start='" + FIRST + "' end='" + LAST + "'/>";
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID,
                () -> NetworkUpdate.apply(net, Command.ADD_LAST, Section.IP_DHCP_RANGE, ownRange, AFFECT_LIVE));

        // WHEN a range the network does not have is deleted THEN libvirt refuses: there is nothing to delete
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID,
                () -> NetworkUpdate.apply(net, Command.DELETE, Section.IP_DHCP_RANGE, RANGE, AFFECT_LIVE));

        // WHEN the definition of this transient network is to be changed THEN libvirt refuses: it has none
        String other = "<host mac='52:54:00:7c:00:02' ip='198.51.100.51'/>";
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID,
                () -> NetworkUpdate.apply(net, Command.ADD_LAST, Section.IP_DHCP_HOST, other, AFFECT_CONFIG));

        // AND the network is as it was
        assertThat(net).isActive().xml().hasDhcpHost(MAC, HOST_IP).hasNoDhcpHost("52:54:00:7c:00:02")
                .hasDhcpRange(FIRST, LAST);
    }

    @ScenarioId("network.update-unknown-section")
    @Test(groups = {"network", "update", "errors"})
    public void aSectionOrCommandLibvirtDoesNotKnowFailsWithOperationUnsupported() throws LibvirtException {
        // GIVEN a running network, which a DHCP host update changes (the driver implements virNetworkUpdate)
        Network net = conn().networkCreateXML(withRange(sandbox().network("upd-unknown"), "tckbr-updunk"));
        NetworkUpdate.apply(net, Command.ADD_LAST, Section.IP_DHCP_HOST, HOST, AFFECT_LIVE);

        // WHEN a section number libvirt does not define is updated THEN it refuses that operation
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_UNSUPPORTED, () -> NetworkUpdate.applyCodes(net,
                Command.ADD_LAST.code(), UNKNOWN_SECTION, NetworkUpdate.FIRST_IP, HOST, AFFECT_LIVE));

        // WHEN a command number libvirt does not define is given THEN it refuses that too
        String other = "<host mac='52:54:00:7c:00:02' ip='198.51.100.51'/>";
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_UNSUPPORTED, () -> NetworkUpdate.applyCodes(net,
                UNKNOWN_COMMAND, Section.IP_DHCP_HOST.code(), NetworkUpdate.FIRST_IP, other, AFFECT_LIVE));

        // AND the network is as it was
        assertThat(net).isActive().xml().hasDhcpHost(MAC, HOST_IP).hasNoDhcpHost("52:54:00:7c:00:02");
    }

    @ScenarioId("network.update-wrong-element")
    @Test(groups = {"network", "update", "errors"})
    public void anElementThatIsNotTheSectionsFailsWithXmlError() throws LibvirtException {
        // GIVEN a running network
        Network net = conn().networkCreateXML(withRange(sandbox().network("upd-element"), "tckbr-updelem"));

        // WHEN a <range> is given for the DHCP host section THEN libvirt refuses the element
        assertFailsWith(ErrorNumber.VIR_ERR_XML_ERROR,
                () -> NetworkUpdate.apply(net, Command.ADD_LAST, Section.IP_DHCP_HOST, RANGE, AFFECT_LIVE));

        // WHEN an <ip> that does not exist is named as the parent THEN libvirt refuses: there is no such <ip>
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, () -> NetworkUpdate.applyCodes(net,
                Command.ADD_LAST.code(), Section.IP_DHCP_HOST.code(), 5, HOST, AFFECT_LIVE));

        // AND the network is as it was
        assertThat(net).isActive().xml().hasNoDhcpHost(MAC).hasDhcpRange(FIRST, LAST);
    }

    /**
     * The persistent definition of a running network, {@code getXMLDesc(VIR_NETWORK_XML_INACTIVE)}.
     *
     * @throws Unsupported where the driver refuses the flag, as the test driver does ("unsupported flags"): it
     *         keeps no definition of a running network apart from the network itself
     */
    private static NetworkXmlAssert definitionOf(Network net) throws LibvirtException {
        try {
            return NetworkXmlAssert.of(net.getName() + " (definition)", net.getXMLDesc(XML_INACTIVE));
        } catch (LibvirtException e) {
            LibvirtError error = LibvirtError.of(e);
            if (error.is(ErrorNumber.VIR_ERR_INVALID_ARG) && error.libvirtMessage().contains("unsupported flags")) {
                throw new Unsupported("the driver gives no inactive XML of a running network ("
                        + error.libvirtMessage() + "): what an update did to the definition cannot be checked");
            }
            throw e;
        }
    }

    private static String withRange(String name, String bridge) {
        return network(name).withBridge(bridge).withIpv4("198.51.100.1", 24).withDhcpRange(FIRST, LAST).build()
                .toXml();
    }
}
