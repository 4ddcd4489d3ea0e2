package org.libvirt.tck.suites.nodedev;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;

import java.util.Arrays;
import java.util.List;

import org.libvirt.Device;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.suites.assertions.LibvirtXml;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * The host devices a driver lists can each be looked up and described. Read only: the kit never creates, detaches,
 * re-attaches or resets a host device.
 */
public class NodeDevices extends Scenario {

    @ScenarioId("nodedev.list-lookup")
    @Test(groups = {"nodedev", "lookup"})
    public void everyListedDeviceIsFoundByItsName() throws LibvirtException {
        // GIVEN the devices the driver lists
        List<String> names = listed();

        // WHEN each is looked up by its name THEN that finds the device of that name
        for (String name : names) {
            String found = conn().deviceLookupByName(name).getName();
            if (!name.equals(found)) {
                throw new AssertionError("expected looking up node device " + name + " to find it, but found "
                        + found);
            }
        }
    }

    @ScenarioId("nodedev.xml-names-device")
    @Test(groups = {"nodedev", "xml"})
    public void everyDevicesXmlNamesItAndAListedParent() throws LibvirtException {
        // GIVEN the devices the driver lists
        List<String> names = listed();

        // WHEN each one's XML is read THEN it names the device, and its parent, if any, is a listed device
        for (String name : names) {
            LibvirtXml xml = LibvirtXml.parse(conn().deviceLookupByName(name).getXMLDescription(),
                    "node device " + name).hasRoot("device").has("/device/name", name);
            String parent = xml.value("/device/parent");
            if (parent != null && !names.contains(parent)) {
                throw new AssertionError("expected the parent " + parent + " of node device " + name
                        + " among the listed devices " + names + ", but it is not");
            }
        }
    }

    @ScenarioId("nodedev.capabilities-agree-with-xml")
    @Test(groups = {"nodedev", "xml"})
    public void everyDevicesCapabilitiesAreTheOnesItsXmlDescribes() throws LibvirtException {
        // GIVEN the devices the driver lists
        List<String> names = listed();

        // WHEN each one's capabilities are listed THEN they are the capability types of its XML, in order
        for (String name : names) {
            Device device = conn().deviceLookupByName(name);
            List<String> listedCaps = Arrays.asList(device.listCapabilities());
            List<String> xmlCaps = LibvirtXml.parse(device.getXMLDescription(), "node device " + name)
                    .values("/device/capability/@type");
            if (!listedCaps.equals(xmlCaps) || device.getNumberOfCapabilities() != listedCaps.size()) {
                throw new AssertionError("expected node device " + name + " to list the capabilities of its XML "
                        + xmlCaps + ", but it listed " + listedCaps + " (count "
                        + device.getNumberOfCapabilities() + ")");
            }
        }
    }

    @ScenarioId("nodedev.lookup-missing")
    @Test(groups = {"nodedev", "lookup"})
    public void lookingUpADeviceThatDoesNotExistFailsWithNoNodeDevice() {
        // GIVEN a name no device has (a tck name: the kit never creates node devices)
        String name = sandbox().prefix() + "missing-device";

        // WHEN it is looked up THEN libvirt fails with VIR_ERR_NO_NODE_DEVICE
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NODE_DEVICE, () -> conn().deviceLookupByName(name));
    }

    private static List<String> listed() throws LibvirtException {
        List<String> names = Arrays.asList(conn().listDevices(null));
        if (names.isEmpty()) {
            throw new AssertionError("expected the driver to list at least one node device (every host has "
                    + "'computer'), but it listed none");
        }
        return names;
    }
}
