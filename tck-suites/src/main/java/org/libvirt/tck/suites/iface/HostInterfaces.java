package org.libvirt.tck.suites.iface;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.Interface;
import org.libvirt.LibvirtException;
import org.libvirt.tck.suites.assertions.LibvirtXml;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * The host interfaces a driver lists can each be looked up by name and MAC and described. Read only: the kit never
 * defines, starts, stops, changes or undefines a host interface.
 */
public class HostInterfaces extends Scenario {

    // Locally administered (02:...) and not the MAC of any interface found on the host (checked before use).
    private static final String UNUSED_MAC = "02:7c:6b:00:00:01";

    @ScenarioId("interface.list-active-and-defined")
    @Test(groups = {"interface", "lookup"})
    public void activeAndInactiveInterfacesAreListedApartAndCountedAlike() throws LibvirtException {
        // WHEN the active and the defined (inactive) interfaces are listed
        List<String> active = Arrays.asList(conn().listInterfaces());
        List<String> inactive = Arrays.asList(conn().listDefinedInterfaces());

        // THEN their counts agree with the lists, no interface is in both, and each is in the state it is listed in
        if (conn().numOfInterfaces() != active.size() || conn().numOfDefinedInterfaces() != inactive.size()) {
            throw new AssertionError("expected " + active.size() + " active and " + inactive.size() + " inactive "
                    + "interfaces as listed, but counted " + conn().numOfInterfaces() + " and "
                    + conn().numOfDefinedInterfaces());
        }
        if (!Collections.disjoint(active, inactive)) {
            throw new AssertionError("expected no interface both active " + active + " and inactive " + inactive);
        }
        for (String name : active) {
            assertActive(name, 1);
        }
        for (String name : inactive) {
            assertActive(name, 0);
        }
    }

    @ScenarioId("interface.lookup-by-name-and-mac")
    @Test(groups = {"interface", "lookup"})
    public void lookupsByNameAndByMacFindTheSameInterface() throws LibvirtException {
        // GIVEN every listed interface and its MAC
        List<String> names = all();
        List<String> macs = new ArrayList<>();
        for (String name : names) {
            Interface iface = conn().interfaceLookupByName(name);
            if (!name.equals(iface.getName())) {
                throw new AssertionError("expected looking up interface " + name + " to find it, but found "
                        + iface.getName());
            }
            macs.add(iface.getMACString().toLowerCase(Locale.ROOT));
        }

        // WHEN each active interface is looked up by its MAC (only active ones: netcf's lookup sees no others)
        // THEN that finds it, or, where several interfaces share the MAC (a bridge and its port), libvirt says so
        for (String name : conn().listInterfaces()) {
            String mac = macs.get(names.indexOf(name));
            if (Collections.frequency(macs, mac) > 1) {
                assertFailsWith(ErrorNumber.VIR_ERR_MULTIPLE_INTERFACES,
                        () -> conn().interfaceLookupByMACString(mac));
                continue;
            }
            String found = conn().interfaceLookupByMACString(mac).getName();
            if (!name.equals(found)) {
                throw new AssertionError("expected MAC " + mac + " to find interface " + name + ", but found "
                        + found);
            }
        }
    }

    @ScenarioId("interface.xml-names-interface")
    @Test(groups = {"interface", "xml"})
    public void everyInterfacesXmlNamesItAndItsMac() throws LibvirtException {
        // GIVEN every listed interface
        for (String name : all()) {
            Interface iface = conn().interfaceLookupByName(name);

            // WHEN its XML is read THEN it names the interface and, when it has one, the MAC the API reports
            LibvirtXml xml = LibvirtXml.parse(iface.getXMLDescription(0), "interface " + name)
                    .hasRoot("interface").has("/interface/@name", name);
            String mac = xml.value("/interface/mac/@address");
            if (mac != null && !mac.equalsIgnoreCase(iface.getMACString())) {
                throw new AssertionError("expected the XML of interface " + name + " to give MAC "
                        + iface.getMACString() + ", but it gives " + mac);
            }
        }
    }

    @ScenarioId("interface.lookup-missing")
    @Test(groups = {"interface", "lookup"})
    public void lookingUpAnInterfaceThatDoesNotExistFailsWithNoInterface() throws LibvirtException {
        // GIVEN a name and a MAC no interface has
        String name = sandbox().prefix() + "noiface";
        for (String existing : all()) {
            if (conn().interfaceLookupByName(existing).getMACString().equalsIgnoreCase(UNUSED_MAC)) {
                throw new IllegalStateException("host interface " + existing + " has the MAC " + UNUSED_MAC
                        + " the kit assumes unused; pick another in " + HostInterfaces.class.getName());
            }
        }

        // WHEN each lookup is tried THEN each fails with VIR_ERR_NO_INTERFACE
        assertFailsWith(ErrorNumber.VIR_ERR_NO_INTERFACE, () -> conn().interfaceLookupByName(name));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_INTERFACE, () -> conn().interfaceLookupByMACString(UNUSED_MAC));
    }

    private static List<String> all() throws LibvirtException {
        List<String> names = new ArrayList<>(Arrays.asList(conn().listInterfaces()));
        names.addAll(Arrays.asList(conn().listDefinedInterfaces()));
        return names;
    }

    private static void assertActive(String name, int expected) throws LibvirtException {
        int found = conn().interfaceLookupByName(name).isActive();
        if (found != expected) {
            String listedAs = expected == 1 ? "active" : "inactive";
            throw new AssertionError("expected interface " + name + " listed as " + listedAs + " to have isActive() "
                    + expected + ", but found " + found);
        }
    }
}
