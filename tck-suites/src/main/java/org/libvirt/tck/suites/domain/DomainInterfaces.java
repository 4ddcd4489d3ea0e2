package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatInactiveXml;
import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;

import java.util.List;
import java.util.Map;

import org.libvirt.Domain;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.TypedParameter;
import org.libvirt.TypedUintParameter;
import org.libvirt.tck.core.connect.DomainParameters;
import org.libvirt.tck.domainbuilder.domain.Bandwidth;
import org.libvirt.tck.domainbuilder.domain.Feature;
import org.libvirt.tck.domainbuilder.domain.Nic;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * Network interfaces with fixed MAC addresses attached to and detached from a domain's configuration, hotplugged
 * into a running one, and their {@code <bandwidth>}. libvirt appends an attached interface after the others.
 */
public class DomainInterfaces extends DeviceScenario {

    private static final List<String> MACS = List.of("52:54:00:7c:00:01", "52:54:00:7c:00:02", "52:54:00:7c:00:03");

    @ScenarioId("domain.nic-attach-order")
    @Test(groups = {"domain", "devices"})
    public void interfacesAttachedToTheConfigurationKeepTheirOrderAndMacs() throws LibvirtException {
        // GIVEN a network and a defined domain without interfaces
        String net = startNetwork("nic-order");
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("nic-order")).build().toXml());

        // WHEN three interfaces with fixed MACs are attached to its configuration
        for (String mac : MACS) {
            dom.attachDeviceFlags(nicXml(Nic.network(net).mac(mac)), AFFECT_CONFIG);
        }

        // THEN its configuration lists them in the order attached, each on the network
        assertListed("the interface MACs of " + dom.getName(), MACS, macs(dom, XML_INACTIVE),
                "attaching them in that order");
        assertThatInactiveXml(dom).hasCount("/domain/devices/interface[source/@network='" + net + "']", 3);
    }

    @ScenarioId("domain.nic-detach-middle")
    @Test(groups = {"domain", "devices"})
    public void detachingTheMiddleInterfaceLeavesTheOthersInOrder() throws LibvirtException {
        // GIVEN a defined domain with three interfaces
        Domain dom = threeInterfaces("nic-detach");

        // WHEN the second is detached from its configuration
        dom.detachDeviceFlags(nicXml(Nic.network(sandbox().network("nic-detach")).mac(MACS.get(1))), AFFECT_CONFIG);

        // THEN the first and the third are still there, in order
        assertListed("the interface MACs of " + dom.getName(), List.of(MACS.get(0), MACS.get(2)),
                macs(dom, XML_INACTIVE), "detaching " + MACS.get(1));
    }

    @ScenarioId("domain.nic-detach-twice-refused")
    @Test(groups = {"domain", "devices"})
    public void detachingAnInterfaceASecondTimeFailsWithDeviceMissing() throws LibvirtException {
        // GIVEN a defined domain with three interfaces, the second detached
        Domain dom = threeInterfaces("nic-twice");
        String second = nicXml(Nic.network(sandbox().network("nic-twice")).mac(MACS.get(1)));
        dom.detachDeviceFlags(second, AFFECT_CONFIG);

        // WHEN it is detached again THEN libvirt finds no interface with its MAC, and the others stay
        assertFailsWith(ErrorNumber.VIR_ERR_DEVICE_MISSING, () -> dom.detachDeviceFlags(second, AFFECT_CONFIG));
        assertListed("the interface MACs of " + dom.getName(), List.of(MACS.get(0), MACS.get(2)),
                macs(dom, XML_INACTIVE), "a failed second detach of " + MACS.get(1));
    }

    @ScenarioId("domain.nic-hotplug")
    @Test(groups = {"domain", "devices", "live"})
    public void interfacesHotpluggedIntoARunningDomainAreAppendedLiveOnly() throws LibvirtException {
        // GIVEN a network and a persistent domain with ACPI and one interface, running
        String net = startNetwork("nic-hotplug");
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("nic-hotplug")).withFeature(Feature.ACPI)
                .withInterface(Nic.network(net).mac(MACS.get(0))).build().toXml());
        dom.create();

        // WHEN two more are attached to the running domain only
        dom.attachDeviceFlags(nicXml(Nic.network(net).mac(MACS.get(1))), AFFECT_LIVE);
        dom.attachDeviceFlags(nicXml(Nic.network(net).mac(MACS.get(2))), AFFECT_LIVE);

        // THEN the running domain has all three in order, each with a host device, and the configuration one
        assertListed("the live interface MACs of " + dom.getName(), MACS, macs(dom, XML_LIVE), "hotplugging two");
        List<String> hostDevices = xml(dom, XML_LIVE).values("/domain/devices/interface/target/@dev");
        if (hostDevices.size() != 3 || hostDevices.stream().anyMatch(String::isEmpty)) {
            throw new AssertionError("expected each live interface of " + dom.getName() + " to name its host "
                    + "device in <target dev>, but found " + hostDevices);
        }
        assertListed("the configured interface MACs of " + dom.getName(), List.of(MACS.get(0)),
                macs(dom, XML_INACTIVE), "hotplugging two live only");
    }

    @ScenarioId("domain.xml-interface-bandwidth")
    @Test(groups = {"domain", "devices", "xml"})
    public void anInterfacesBandwidthComesBackAsDefined() throws LibvirtException {
        // GIVEN a domain defined with an interface limited to 1000 KiB/s in (peak 2000, burst 512) and 500 out
        Bandwidth qos = Bandwidth.inbound(Bandwidth.Rate.average(1000).peak(2000).burst(512))
                .withOutbound(Bandwidth.Rate.average(500));
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("nic-bandwidth"))
                .withInterface(Nic.network(startNetwork("nic-bandwidth")).mac(MACS.get(0)).bandwidth(qos))
                .build().toXml());

        // THEN its XML has the same limits and nothing it was not given
        String bandwidth = "/domain/devices/interface/bandwidth";
        assertThatInactiveXml(dom).hasText(bandwidth + "/inbound/@average", "1000")
                .hasText(bandwidth + "/inbound/@peak", "2000").hasText(bandwidth + "/inbound/@burst", "512")
                .hasText(bandwidth + "/outbound/@average", "500").hasNoNode(bandwidth + "/outbound/@peak");
    }

    @ScenarioId("domain.interface-bandwidth-update")
    @Test(groups = {"domain", "devices"})
    public void updatingAnInterfaceInTheConfigurationReplacesItsBandwidth() throws LibvirtException {
        // GIVEN a defined domain with an interface limited to 1000 KiB/s inbound
        String net = startNetwork("nic-qos-update");
        Nic nic = Nic.network(net).mac(MACS.get(0));
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("nic-qos-update"))
                .withInterface(nic.bandwidth(Bandwidth.inbound(Bandwidth.Rate.average(1000)))).build().toXml());

        // WHEN the interface is updated to 300 KiB/s outbound only
        dom.updateDeviceFlags(nicXml(nic.bandwidth(Bandwidth.outbound(Bandwidth.Rate.average(300)))),
                AFFECT_CONFIG);

        // THEN its configuration has the new limit and no longer the old one, on the same interface
        assertThatInactiveXml(dom).hasCount("/domain/devices/interface", 1)
                .hasText("/domain/devices/interface/mac/@address", MACS.get(0))
                .hasText("/domain/devices/interface/bandwidth/outbound/@average", "300")
                .hasNoNode("/domain/devices/interface/bandwidth/inbound");
    }

    @ScenarioId("domain.interface-parameters-config")
    @Test(groups = {"domain", "devices"})
    public void interfaceParametersSetInTheConfigurationAreReadBackAndWrittenAsBandwidth()
            throws LibvirtException {
        // GIVEN a defined domain with an interface without limits
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("nic-params"))
                .withInterface(Nic.network(startNetwork("nic-params")).mac(MACS.get(0))).build().toXml());

        // WHEN its inbound average and peak are set in the configuration, the interface named by its MAC
        DomainParameters.setInterface(dom, MACS.get(0), List.of(
                new TypedUintParameter(DomainParameters.BANDWIDTH_IN_AVERAGE, 1000),
                new TypedUintParameter(DomainParameters.BANDWIDTH_IN_PEAK, 2000)), DomainParameters.AFFECT_CONFIG);

        // THEN they are read back, the outbound is still unlimited, and the XML has them as <bandwidth>
        Map<String, TypedParameter> params = DomainParameters.iface(dom, MACS.get(0),
                DomainParameters.AFFECT_CONFIG);
        if (!value(params, DomainParameters.BANDWIDTH_IN_AVERAGE).equals("1000")
                || !value(params, DomainParameters.BANDWIDTH_IN_PEAK).equals("2000")
                || !value(params, DomainParameters.BANDWIDTH_OUT_AVERAGE).equals("0")) {
            throw new AssertionError("expected inbound average 1000, inbound peak 2000 and outbound average 0 for "
                    + MACS.get(0) + " of " + dom.getName() + ", but found " + params.values());
        }
        assertThatInactiveXml(dom).hasText("/domain/devices/interface/bandwidth/inbound/@average", "1000")
                .hasText("/domain/devices/interface/bandwidth/inbound/@peak", "2000")
                .hasNoNode("/domain/devices/interface/bandwidth/outbound");
    }

    @ScenarioId("domain.interface-parameters-unknown-refused")
    @Test(groups = {"domain", "devices"})
    public void interfaceParametersOfAnInterfaceTheDomainLacksFailWithInvalidArg() throws LibvirtException {
        // GIVEN a defined domain with one interface
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("nic-params-unknown"))
                .withInterface(Nic.network(startNetwork("nic-params-unknown")).mac(MACS.get(0))).build().toXml());

        // WHEN the parameters of another MAC are read or set THEN libvirt says it is not a known interface
        assertFailsWith(ErrorNumber.VIR_ERR_INVALID_ARG, () -> DomainParameters.iface(dom, MACS.get(1),
                DomainParameters.AFFECT_CONFIG));
        assertFailsWith(ErrorNumber.VIR_ERR_INVALID_ARG, () -> DomainParameters.setInterface(dom, MACS.get(1),
                List.of(new TypedUintParameter(DomainParameters.BANDWIDTH_IN_AVERAGE, 1000)),
                DomainParameters.AFFECT_CONFIG));
    }

    private static String value(Map<String, TypedParameter> params, String field) {
        TypedParameter param = params.get(field);
        return param == null ? "(none)" : param.getValueAsString();
    }

    /** A defined domain with the three {@link #MACS} on a new network named after {@code suffix}. */
    private static Domain threeInterfaces(String suffix) throws LibvirtException {
        String net = startNetwork(suffix);
        var builder = domain(sandbox().domain(suffix));
        for (String mac : MACS) {
            builder.withInterface(Nic.network(net).mac(mac));
        }
        return conn().domainDefineXML(builder.build().toXml());
    }
}
