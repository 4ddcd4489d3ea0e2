package org.libvirt.tck.suites.network;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.NetworkAssert.assertThat;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.libvirt.tck.suites.scenario.Exclusive;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A transient network exists only while it is active. */
@Exclusive("its networks use 198.51.100.0/24, which one active network at a time can have on a host")
public class NetworkTransientLifecycle extends Scenario {

    @ScenarioId("network.transient-lifecycle")
    @Test(groups = {"network", "lifecycle"})
    public void transientNetworkIsActiveUntilDestroyedAndThenIsGone() throws LibvirtException {
        // GIVEN an isolated network description with its own bridge
        String name = sandbox().network("transient");
        String xml = network(name).withBridge("tckbr-transnt").withIpv4("198.51.100.1", 24).build().toXml();

        // WHEN it is created without being defined
        Network net = conn().networkCreateXML(xml);

        // THEN it is active, transient, listed as active and has the bridge it asked for
        assertThat(net).isActive().isPersistent(false).isListedAsActive().hasBridge("tckbr-transnt");

        // WHEN it is destroyed THEN it no longer exists, by name or through the handle
        net.destroy();
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, () -> conn().networkLookupByName(name));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, net::isActive);
    }
}
