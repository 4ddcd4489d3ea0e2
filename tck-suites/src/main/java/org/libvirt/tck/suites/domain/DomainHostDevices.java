package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.DomainXmlAssert.assertThatInactiveXml;

import java.util.List;
import java.util.function.Function;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.tck.domainbuilder.domain.DomainXmlWriter;
import org.libvirt.tck.domainbuilder.domain.HostDevice;
import org.libvirt.tck.suites.scenario.MissingResource;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * The host's PCI and USB devices named in {@code host_resources} attached to and detached from a domain's
 * configuration. The domain is never started, so the devices are never taken from the host.
 */
public class DomainHostDevices extends DeviceScenario {

    @ScenarioId("domain.hostdev-pci-config")
    @Test(groups = {"domain", "devices", "hostdev"})
    public void configuredPciDevicesAttachToAndDetachFromTheConfiguration() throws LibvirtException {
        List<String> addresses = tck().config().hostResources().pciDevices();
        if (addresses.isEmpty()) {
            throw new MissingResource("host_resources.pci_devices");
        }
        attachAndDetach("hostdev-pci", addresses, HostDevice::pci, "pci",
                d -> "source/address[@domain='" + d.pciDomain() + "' and @bus='" + d.pciBus() + "' and @slot='"
                        + d.pciSlot() + "' and @function='" + d.pciFunction() + "']");
    }

    @ScenarioId("domain.hostdev-usb-config")
    @Test(groups = {"domain", "devices", "hostdev"})
    public void configuredUsbDevicesAttachToAndDetachFromTheConfiguration() throws LibvirtException {
        List<String> ids = tck().config().hostResources().usbDevices();
        if (ids.isEmpty()) {
            throw new MissingResource("host_resources.usb_devices");
        }
        attachAndDetach("hostdev-usb", ids, HostDevice::usb, "usb",
                d -> "source[vendor/@id='" + d.usbVendor() + "' and product/@id='" + d.usbProduct() + "']");
    }

    private static void attachAndDetach(String suffix, List<String> configured, Function<String, HostDevice> parse,
            String type, Function<HostDevice, String> match) throws LibvirtException {
        // GIVEN a defined domain without host devices
        Domain dom = conn().domainDefineXML(domain(sandbox().domain(suffix)).build().toXml());
        List<HostDevice> devices = configured.stream().map(parse).toList();

        // WHEN each configured device is attached to its configuration
        for (HostDevice device : devices) {
            dom.attachDeviceFlags(DomainXmlWriter.hostDeviceXml(device), AFFECT_CONFIG);
        }

        // THEN the configuration passes each of them through, once
        var xml = assertThatInactiveXml(dom).hasCount("/domain/devices/hostdev[@type='" + type + "']",
                devices.size());
        for (HostDevice device : devices) {
            xml.hasCount("/domain/devices/hostdev[@mode='subsystem' and @type='" + type + "'][" + match.apply(device)
                    + "]", 1);
        }

        // AND once detached again, the configuration has none
        for (HostDevice device : devices) {
            dom.detachDeviceFlags(DomainXmlWriter.hostDeviceXml(device), AFFECT_CONFIG);
        }
        assertThatInactiveXml(dom).hasNoNode("/domain/devices/hostdev");
    }
}
