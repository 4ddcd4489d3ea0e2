package org.libvirt.tck.suites.nwfilter;

import java.util.UUID;

import org.libvirt.LibvirtException;
import org.libvirt.NetworkFilter;
import org.libvirt.tck.suites.assertions.LibvirtXml;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** The XML a driver gives back describes the filter as it was defined: chain, priority and rule. */
public class NwfilterXmlRoundTrip extends Scenario {

    @ScenarioId("nwfilter.xml-round-trip")
    @Test(groups = {"nwfilter", "xml"})
    public void definedFilterXmlHasItsChainPriorityAndRule() throws LibvirtException {
        // GIVEN a filter whose one rule drops traffic of 198.51.100.0/24
        String name = sandbox().nwfilter("xml");
        UUID uuid = UUID.randomUUID();

        // WHEN it is defined
        NetworkFilter filter = conn().networkFilterDefineXML(Filters.dropping(name, uuid));

        // THEN its XML has each element and attribute it was defined with
        LibvirtXml.parse(filter.getXMLDesc(), "nwfilter " + name).hasRoot("filter")
                .has("/filter/@name", name)
                .has("/filter/@chain", "ipv4")
                .has("/filter/@priority", "-700")
                .has("/filter/uuid", uuid.toString())
                .has("/filter/rule/@action", "drop")
                .has("/filter/rule/@direction", "inout")
                .has("/filter/rule/@priority", "500")
                .has("/filter/rule/ip/@srcipaddr", Filters.DROPPED_NET)
                .has("/filter/rule/ip/@srcipmask", Filters.DROPPED_PREFIX);
    }

    @ScenarioId("nwfilter.xml-redefine-own")
    @Test(groups = {"nwfilter", "xml"})
    public void definingTheXmlADriverGaveBackChangesNothing() throws LibvirtException {
        // GIVEN a defined filter and the XML the driver gives for it
        String name = sandbox().nwfilter("xml-own");
        NetworkFilter filter = conn().networkFilterDefineXML(Filters.dropping(name, UUID.randomUUID()));
        String given = filter.getXMLDesc();

        // WHEN that XML is defined again
        NetworkFilter again = conn().networkFilterDefineXML(given);

        // THEN the filter's XML is exactly as before
        String after = again.getXMLDesc();
        if (!after.equals(given)) {
            throw new AssertionError("expected defining nwfilter " + name + "'s own XML to leave it unchanged, "
                    + "but its XML went from:\n" + given + "\nto:\n" + after);
        }
    }
}
