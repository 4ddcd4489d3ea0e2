package org.libvirt.tck.suites.network;

import static org.libvirt.tck.suites.assertions.NetworkAssert.assertThat;

import java.util.UUID;

import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.libvirt.tck.suites.scenario.Exclusive;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** An active transient network becomes persistent when it is defined, without being stopped. */
@Exclusive("its networks use 198.51.100.0/24, which one active network at a time can have on a host")
public class NetworkTransientToPersistent extends Scenario {

    @ScenarioId("network.transient-to-persistent")
    @Test(groups = {"network", "lifecycle"})
    public void definingAnActiveTransientNetworkMakesItPersistent() throws LibvirtException {
        // GIVEN an active transient network
        String name = sandbox().network("t2p");
        UUID uuid = UUID.randomUUID();
        String xml = network(name).withUuid(uuid).withBridge("tckbr-t2p").withIpv4("198.51.100.1", 24)
                .build().toXml();
        Network net = conn().networkCreateXML(xml);

        // WHEN the same description (same name and UUID) is defined
        Network defined = conn().networkDefineXML(xml);

        // THEN it is the same active network, now persistent
        assertThat(defined).isActive().isPersistent(true).hasUuid(uuid.toString()).isListedAsActive()
                .hasBridge("tckbr-t2p");

        // WHEN it is destroyed THEN its definition stays
        net.destroy();
        assertThat(conn().networkLookupByName(name)).isInactive().isPersistent(true).isListedAsDefined()
                .hasUuid(uuid.toString());
    }
}
