package org.libvirt.tck.suites.nwfilter;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;

import java.util.UUID;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** Names and UUIDs identify one filter each: libvirt refuses a second filter that reuses either with the other. */
public class NwfilterUniqueIdentifiers extends Scenario {

    @ScenarioId("nwfilter.define-duplicate-name")
    @Test(groups = {"nwfilter", "identity"})
    public void definingASecondFilterWithTheSameNameFailsWithOperationFailed() throws LibvirtException {
        // GIVEN a defined filter
        String name = sandbox().nwfilter("dupname");
        UUID first = UUID.randomUUID();
        conn().networkFilterDefineXML(Filters.dropping(name, first));

        // WHEN another filter with the same name but another UUID is defined THEN libvirt refuses
        String clash = Filters.dropping(name, UUID.randomUUID());
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> conn().networkFilterDefineXML(clash));

        // AND the first keeps its UUID
        String found = conn().networkFilterLookupByName(name).getUUIDString();
        if (!first.toString().equals(found)) {
            throw new AssertionError("expected nwfilter " + name + " to keep UUID " + first + ", but found " + found);
        }
    }

    @ScenarioId("nwfilter.define-duplicate-uuid")
    @Test(groups = {"nwfilter", "identity"})
    public void definingASecondFilterWithTheSameUuidFailsWithOperationFailed() throws LibvirtException {
        // GIVEN a defined filter
        UUID uuid = UUID.randomUUID();
        String name = sandbox().nwfilter("dupuuid-a");
        String other = sandbox().nwfilter("dupuuid-b");
        conn().networkFilterDefineXML(Filters.dropping(name, uuid));

        // WHEN another filter with another name but the same UUID is defined THEN libvirt refuses
        String clash = Filters.dropping(other, uuid);
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> conn().networkFilterDefineXML(clash));

        // AND the UUID still names the first, the second does not exist
        String found = conn().networkFilterLookupByUUIDString(uuid.toString()).getName();
        if (!name.equals(found)) {
            throw new AssertionError("expected UUID " + uuid + " to still name nwfilter " + name + ", but found "
                    + found);
        }
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NWFILTER, () -> conn().networkFilterLookupByName(other));
    }
}
