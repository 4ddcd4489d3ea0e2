package org.libvirt.tck.suites.network;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.NetworkAssert.assertThat;

import java.util.UUID;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.libvirt.tck.domainbuilder.network.NetworkBuilder;
import org.libvirt.tck.domainbuilder.network.NetworkSpec;
import org.libvirt.tck.suites.scenario.Exclusive;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A persistent network keeps its definition across starts and stops until it is undefined. */
@Exclusive("its networks use 198.51.100.0/24, which one active network at a time can have on a host")
public class NetworkPersistentLifecycle extends Scenario {

    @ScenarioId("network.persistent-lifecycle")
    @Test(groups = {"network", "lifecycle"})
    public void definedNetworkStartsStopsAndIsGoneOnlyWhenUndefined() throws LibvirtException {
        // GIVEN a defined isolated network
        String name = sandbox().network("persistent");
        Network net = conn().networkDefineXML(network(name).withBridge("tckbr-persist")
                .withIpv4("198.51.100.1", 24).build().toXml());

        // THEN it is inactive, persistent and listed as defined
        assertThat(net).isInactive().isPersistent(true).isListedAsDefined();

        // WHEN it is started THEN it is active and listed as active
        net.create();
        assertThat(net).isActive().isPersistent(true).isListedAsActive().hasBridge("tckbr-persist");

        // WHEN it is destroyed THEN it is inactive but still defined
        net.destroy();
        assertThat(net).isInactive().isPersistent(true).isListedAsDefined();

        // WHEN it is undefined THEN it is gone
        net.undefine();
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, () -> conn().networkLookupByName(name));
    }

    @ScenarioId("network.persistent-restart")
    @Test(groups = {"network", "lifecycle"})
    public void definedNetworkCanBeStartedAgainWithTheSameIdentity() throws LibvirtException {
        // GIVEN a defined network that was started and destroyed
        String name = sandbox().network("restart");
        UUID uuid = UUID.randomUUID();
        Network net = conn().networkDefineXML(network(name).withUuid(uuid).withBridge("tckbr-restart")
                .withIpv4("198.51.100.1", 24).build().toXml());
        net.create();
        net.destroy();

        // WHEN it is started again
        net.create();

        // THEN it is active with the same UUID and bridge (looked up afresh, not through the old handle)
        assertThat(conn().networkLookupByName(name)).isActive().isPersistent(true).hasUuid(uuid.toString())
                .hasBridge("tckbr-restart");
    }

    @ScenarioId("network.redefine-inactive")
    @Test(groups = {"network", "lifecycle"})
    public void redefiningAnInactiveNetworkReplacesItsDefinition() throws LibvirtException {
        // GIVEN a defined, inactive network with a DHCP range
        String name = sandbox().network("redefine");
        UUID uuid = UUID.randomUUID();
        NetworkSpec first = redefined(name, uuid).withDhcpRange("198.51.100.10", "198.51.100.50").build();
        conn().networkDefineXML(first.toXml());

        // WHEN the same network (name and UUID) is defined again with a wider range
        NetworkSpec second = redefined(name, uuid).withDhcpRange("198.51.100.10", "198.51.100.90").build();
        Network net = conn().networkDefineXML(second.toXml());

        // THEN it is still the one inactive network, and its XML has the new range
        assertThat(net).isInactive().isPersistent(true).hasUuid(uuid.toString()).isListedAsDefined()
                .xml().describes(second);
    }

    private static NetworkBuilder redefined(String name, UUID uuid) {
        return network(name).withUuid(uuid).withBridge("tckbr-redef").withIpv4("198.51.100.1", 24);
    }
}
