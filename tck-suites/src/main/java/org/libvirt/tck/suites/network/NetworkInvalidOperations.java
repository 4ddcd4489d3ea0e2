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

/** Operations that do not fit a network's state fail with a precise error and change nothing. */
@Exclusive("its networks use 198.51.100.0/24, which one active network at a time can have on a host")
public class NetworkInvalidOperations extends Scenario {

    @ScenarioId("network.start-active")
    @Test(groups = {"network", "errors"})
    public void startingAnActiveNetworkFailsWithOperationInvalid() throws LibvirtException {
        // GIVEN a defined network that is active
        Network net = conn().networkDefineXML(isolated(sandbox().network("start-twice"), "tckbr-start2"));
        net.create();

        // WHEN it is started again THEN libvirt says it is already active, and it stays active
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, net::create);
        assertThat(net).isActive().isPersistent(true);
    }

    @ScenarioId("network.undefine-transient")
    @Test(groups = {"network", "errors"})
    public void undefiningATransientNetworkFailsWithOperationInvalid() throws LibvirtException {
        // GIVEN an active transient network
        Network net = conn().networkCreateXML(isolated(sandbox().network("undef-trans"), "tckbr-undeftr"));

        // WHEN it is undefined THEN libvirt refuses: there is no definition to remove, and it stays active
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, net::undefine);
        assertThat(net).isActive().isPersistent(false);
    }

    @ScenarioId("network.start-undefined")
    @Test(groups = {"network", "errors"})
    public void startingANetworkThatWasUndefinedFailsWithNoNetwork() throws LibvirtException {
        // GIVEN the handle of a network that was defined and then undefined
        String name = sandbox().network("undefined");
        Network net = conn().networkDefineXML(isolated(name, "tckbr-undef"));
        net.undefine();

        // WHEN it is started through the handle THEN libvirt says there is no such network
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, net::create);
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, () -> conn().networkLookupByName(name));
    }

    private static String isolated(String name, String bridge) {
        return network(name).withBridge(bridge).withIpv4("198.51.100.1", 24).build().toXml();
    }
}
