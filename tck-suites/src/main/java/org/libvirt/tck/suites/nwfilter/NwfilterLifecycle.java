package org.libvirt.tck.suites.nwfilter;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;

import java.util.Arrays;
import java.util.UUID;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.NetworkFilter;
import org.libvirt.tck.suites.assertions.LibvirtXml;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A defined filter is found by name and by UUID until it is undefined; then neither finds it. */
public class NwfilterLifecycle extends Scenario {

    @ScenarioId("nwfilter.define-lookup-undefine")
    @Test(groups = {"nwfilter", "lifecycle"})
    public void definedFilterIsFoundByNameAndUuidUntilUndefined() throws LibvirtException {
        // GIVEN a filter definition
        String name = sandbox().nwfilter("lifecycle");
        UUID uuid = UUID.randomUUID();

        // WHEN it is defined
        NetworkFilter filter = conn().networkFilterDefineXML(Filters.dropping(name, uuid));

        // THEN it is listed, and found by its name and by its UUID
        assertIdentity(filter, name, uuid);
        if (!Arrays.asList(conn().listNetworkFilters()).contains(name)) {
            throw new AssertionError("expected nwfilter " + name + " among the listed filters, but found "
                    + Arrays.toString(conn().listNetworkFilters()));
        }
        assertIdentity(conn().networkFilterLookupByName(name), name, uuid);
        assertIdentity(conn().networkFilterLookupByUUIDString(uuid.toString()), name, uuid);

        // WHEN it is undefined THEN neither lookup finds it and it is no longer listed
        filter.undefine();
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NWFILTER, () -> conn().networkFilterLookupByName(name));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NWFILTER, () -> conn().networkFilterLookupByUUID(uuid));
        if (Arrays.asList(conn().listNetworkFilters()).contains(name)) {
            throw new AssertionError("expected undefined nwfilter " + name + " to be no longer listed, but it is");
        }
    }

    @ScenarioId("nwfilter.lookup-missing")
    @Test(groups = {"nwfilter", "lifecycle"})
    public void lookingUpAFilterThatDoesNotExistFailsWithNoNwfilter() {
        // GIVEN a name and UUID no filter has
        String name = sandbox().nwfilter("missing");
        String uuid = UUID.randomUUID().toString();

        // WHEN each lookup is tried THEN each fails with VIR_ERR_NO_NWFILTER
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NWFILTER, () -> conn().networkFilterLookupByName(name));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NWFILTER, () -> conn().networkFilterLookupByUUIDString(uuid));
    }

    @ScenarioId("nwfilter.undefine-referenced")
    @Test(groups = {"nwfilter", "lifecycle"})
    public void aFilterAnotherFilterReferencesCanBeUndefined() throws LibvirtException {
        // GIVEN a filter and a second filter that references it
        String referenced = sandbox().nwfilter("referenced");
        String user = sandbox().nwfilter("referencing");
        NetworkFilter target = conn().networkFilterDefineXML(Filters.dropping(referenced, UUID.randomUUID()));
        conn().networkFilterDefineXML(Filters.referencing(user, UUID.randomUUID(), referenced));

        // WHEN the referenced filter is undefined
        // THEN libvirt lets it go: it refuses only while a running guest uses a filter, not a filter reference
        target.undefine();
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NWFILTER, () -> conn().networkFilterLookupByName(referenced));

        // AND the referencing filter is still there, still naming it
        LibvirtXml.parse(conn().networkFilterLookupByName(user).getXMLDesc(), "nwfilter " + user)
                .has("/filter/filterref/@filter", referenced);
    }

    private static void assertIdentity(NetworkFilter filter, String name, UUID uuid) throws LibvirtException {
        if (!name.equals(filter.getName()) || !uuid.toString().equals(filter.getUUIDString())) {
            throw new AssertionError("expected nwfilter " + name + " with UUID " + uuid + ", but found "
                    + filter.getName() + " with UUID " + filter.getUUIDString());
        }
    }
}
