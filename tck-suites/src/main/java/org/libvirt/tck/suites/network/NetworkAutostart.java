package org.libvirt.tck.suites.network;

import static org.libvirt.tck.suites.assertions.NetworkAssert.assertThat;

import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.libvirt.tck.suites.scenario.Exclusive;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** Autostart is a setting of a persistent network's definition: off until set, kept until undefined. */
@Exclusive("its networks use 198.51.100.0/24, which one active network at a time can have on a host")
public class NetworkAutostart extends Scenario {

    @ScenarioId("network.autostart-off-by-default")
    @Test(groups = {"network", "autostart"})
    public void newNetworksDoNotAutostart() throws LibvirtException {
        // GIVEN a defined network and an active transient one
        Network defined = conn().networkDefineXML(isolated(sandbox().network("auto-def"), "tckbr-autodef"));
        Network created = conn().networkCreateXML(isolated(sandbox().network("auto-tra"), "tckbr-autotra"));

        // THEN neither starts with the host
        assertThat(defined).isInactive().hasAutostart(false);
        assertThat(created).isActive().hasAutostart(false);
    }

    @ScenarioId("network.autostart-kept-across-restart")
    @Test(groups = {"network", "autostart"})
    public void autostartOfAPersistentNetworkIsKeptAcrossDestroyAndStartUntilDisabled() throws LibvirtException {
        // GIVEN a defined network marked to autostart
        Network net = conn().networkDefineXML(isolated(sandbox().network("autostart"), "tckbr-autost"));
        net.setAutostart(true);
        assertThat(net).isInactive().hasAutostart(true);

        // WHEN it is started and destroyed THEN it is still marked
        net.create();
        assertThat(net).isActive().hasAutostart(true);
        net.destroy();
        assertThat(net).isInactive().hasAutostart(true);

        // WHEN autostart is turned off THEN it stays off after another start
        net.setAutostart(false);
        net.create();
        assertThat(net).isActive().hasAutostart(false);
    }

    @ScenarioId("network.autostart-forgotten-on-undefine")
    @Test(groups = {"network", "autostart"})
    public void undefiningANetworkForgetsItsAutostart() throws LibvirtException {
        // GIVEN a defined network marked to autostart, then undefined
        String name = sandbox().network("autoforget");
        String xml = isolated(name, "tckbr-autofgt");
        Network net = conn().networkDefineXML(xml);
        net.setAutostart(true);
        net.undefine();

        // WHEN the same network is defined again
        Network again = conn().networkDefineXML(xml);

        // THEN it does not autostart
        assertThat(again).isInactive().isPersistent(true).hasAutostart(false);
    }

    private static String isolated(String name, String bridge) {
        return network(name).withBridge(bridge).withIpv4("198.51.100.1", 24).build().toXml();
    }
}
