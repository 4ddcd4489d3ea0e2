package org.libvirt.tck.suites.nwfilter;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;

import java.util.UUID;

import org.libvirt.Domain;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.connect.NwfilterBindings;
import org.libvirt.tck.domainbuilder.domain.Nic;
import org.libvirt.tck.suites.assertions.LibvirtXml;
import org.libvirt.tck.suites.scenario.Exclusive;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * A running domain whose interface references a filter has a binding of its host device (its tap) for as long as it
 * runs; a filter applied to a live device is in use and cannot be undefined.
 *
 * <p>The domains have no disk and boot nothing: they sit in firmware, which is all a tap needs. Their interface is on
 * an isolated network of 198.51.100.0/24, whose traffic the filters drop anyway.
 */
@Exclusive("its networks use 198.51.100.0/24, which one active network at a time can have on a host")
public class NwfilterGuestBindings extends Scenario {

    private static final String BRIDGE = "tckbr-nwfilter";

    @ScenarioId("nwfilter.binding-of-running-domain")
    @Test(groups = {"nwfilter", "binding", "lifecycle"})
    public void aRunningDomainsFilteredInterfaceHasABindingUntilTheDomainIsDestroyed() throws LibvirtException {
        // GIVEN a filter and an isolated network
        String filter = sandbox().nwfilter("guest");
        conn().networkFilterDefineXML(Filters.dropping(filter, UUID.randomUUID()));
        String net = isolatedNetwork("guest-binding");

        // WHEN a domain whose interface on it references the filter is started
        String name = sandbox().domain("guest-binding");
        Domain dom = conn().domainCreateXML(domain(name)
                .withInterface(Nic.network(net).mac(Bindings.MAC).model("virtio").filterref(filter))
                .build().toXml(), 0);

        // THEN its tap has a binding, listed, whose XML names the filter, the MAC and the domain as its owner
        String tap = tapOf(dom, name);
        if (!Bindings.listedPortdevs(conn()).contains(tap)) {
            throw new AssertionError("expected a listed nwfilter binding of " + name + "'s tap " + tap
                    + ", but found bindings of " + Bindings.listedPortdevs(conn()));
        }
        Bindings.assertDescribes(NwfilterBindings.lookup(conn(), tap), tap, filter, name, dom.getUUIDString());

        // AND the filter it applies is in use: undefining it fails with VIR_ERR_OPERATION_INVALID
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID,
                () -> conn().networkFilterLookupByName(filter).undefine());

        // WHEN the domain is destroyed THEN its tap has no binding any more
        dom.destroy();
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NWFILTER_BINDING, () -> NwfilterBindings.lookup(conn(), tap));
        if (Bindings.listedPortdevs(conn()).contains(tap)) {
            throw new AssertionError("expected the binding of " + tap + " to go with destroyed domain " + name
                    + ", but it is still listed");
        }
    }

    @ScenarioId("nwfilter.binding-missing-filter")
    @Test(groups = {"nwfilter", "binding", "lifecycle"})
    public void bindingAMissingFilterToALiveDeviceFailsWithInternalError() throws LibvirtException {
        // GIVEN a driver with nwfilter bindings (elsewhere listing them fails with VIR_ERR_NO_SUPPORT)
        Bindings.listedPortdevs(conn());

        // AND a running domain with an unfiltered interface, so that its tap exists on the host
        String net = isolatedNetwork("missing-filter");
        String name = sandbox().domain("missing-filter");
        Domain dom = conn().domainCreateXML(domain(name)
                .withInterface(Nic.network(net).mac(Bindings.MAC).model("virtio")).build().toXml(), 0);
        String tap = tapOf(dom, name);

        // WHEN a binding of its tap to a filter that does not exist is created
        // THEN libvirt refuses as it instantiates the filter: "referenced filter ... is missing", an internal error
        String missing = sandbox().nwfilter("missing");
        String xml = Bindings.binding(name, UUID.fromString(dom.getUUIDString()), tap, missing);
        assertFailsWith(ErrorNumber.VIR_ERR_INTERNAL_ERROR, () -> NwfilterBindings.create(conn(), xml));

        // AND the tap has no binding
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NWFILTER_BINDING, () -> NwfilterBindings.lookup(conn(), tap));
    }

    /** An isolated network on 198.51.100.0/24; on a driver without nwfilters it is never reached. */
    private static String isolatedNetwork(String suffix) throws LibvirtException {
        String net = sandbox().network(suffix);
        conn().networkCreateXML(network(net).withBridge(BRIDGE).withIpv4("198.51.100.1", 24).build().toXml());
        return net;
    }

    /** The host device of the domain's one interface, from its live XML. */
    private static String tapOf(Domain dom, String name) throws LibvirtException {
        String tap = LibvirtXml.parse(dom.getXMLDesc(0), "live domain " + name)
                .value("/domain/devices/interface/target/@dev");
        if (tap == null || tap.isEmpty()) {
            throw new AssertionError("expected running domain " + name + "'s interface to have a host device "
                    + "(/domain/devices/interface/target/@dev), but its live XML names none");
        }
        return tap;
    }
}
