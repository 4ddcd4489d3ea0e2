package org.libvirt.tck.suites.nwfilter;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;

import java.util.UUID;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.connect.NwfilterBinding;
import org.libvirt.tck.core.connect.NwfilterBindings;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * A binding created from XML is listed and found by its host device until it is deleted; one device has one binding.
 *
 * <p>The device named does not exist on the host, so libvirt records the binding but has no traffic to filter. The
 * sandbox removes the bindings of its filters with them.
 */
public class NwfilterBindingLifecycle extends Scenario {

    @ScenarioId("nwfilter.binding-create-lookup-delete")
    @Test(groups = {"nwfilter", "binding", "lifecycle"})
    public void aBindingCreatedFromXmlIsFoundByItsDeviceUntilDeleted() throws LibvirtException {
        // GIVEN a defined filter and a binding of it to a host device
        String filter = sandbox().nwfilter("bound");
        conn().networkFilterDefineXML(Filters.dropping(filter, UUID.randomUUID()));
        String portdev = sandbox().prefix() + "bind";
        String owner = sandbox().domain("binding-owner");
        UUID ownerUuid = UUID.randomUUID();

        // WHEN the binding is created from its XML
        NwfilterBinding created = NwfilterBindings.create(conn(),
                Bindings.binding(owner, ownerUuid, portdev, filter));

        // THEN it is the binding of that device to that filter, and it is listed
        Bindings.assertDescribes(created, portdev, filter, owner, ownerUuid.toString());
        if (!Bindings.listedPortdevs(conn()).contains(portdev)) {
            throw new AssertionError("expected the nwfilter binding of " + portdev + " among the listed bindings, "
                    + "but found " + Bindings.listedPortdevs(conn()));
        }

        // AND looking its device up gives it back, its XML naming device, MAC, filter and owner
        Bindings.assertDescribes(NwfilterBindings.lookup(conn(), portdev), portdev, filter, owner,
                ownerUuid.toString());

        // WHEN it is deleted THEN its device has no binding and it is no longer listed
        NwfilterBindings.delete(conn(), portdev);
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NWFILTER_BINDING, () -> NwfilterBindings.lookup(conn(), portdev));
        if (Bindings.listedPortdevs(conn()).contains(portdev)) {
            throw new AssertionError("expected the deleted nwfilter binding of " + portdev + " to be no longer "
                    + "listed, but it is");
        }
    }

    @ScenarioId("nwfilter.binding-duplicate")
    @Test(groups = {"nwfilter", "binding", "identity"})
    public void creatingASecondBindingForTheSameDeviceFailsWithOperationFailed() throws LibvirtException {
        // GIVEN two filters and a binding of the first to a host device
        String first = sandbox().nwfilter("bound-first");
        String second = sandbox().nwfilter("bound-second");
        conn().networkFilterDefineXML(Filters.dropping(first, UUID.randomUUID()));
        conn().networkFilterDefineXML(Filters.dropping(second, UUID.randomUUID()));
        String portdev = sandbox().prefix() + "bind";
        String owner = sandbox().domain("binding-owner");
        UUID ownerUuid = UUID.randomUUID();
        NwfilterBindings.create(conn(), Bindings.binding(owner, ownerUuid, portdev, first));

        // WHEN a binding of the second filter to the same device is created THEN libvirt refuses
        String clash = Bindings.binding(owner, ownerUuid, portdev, second);
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> NwfilterBindings.create(conn(), clash));

        // AND the device keeps its first binding
        Bindings.assertDescribes(NwfilterBindings.lookup(conn(), portdev), portdev, first, owner,
                ownerUuid.toString());
    }

    @ScenarioId("nwfilter.binding-lookup-missing")
    @Test(groups = {"nwfilter", "binding", "lifecycle"})
    public void aDeviceWithoutABindingIsNotFoundAndCannotBeUnbound() {
        // GIVEN a host device name no binding has
        String portdev = sandbox().prefix() + "nobind";

        // WHEN it is looked up or its binding deleted THEN each fails with VIR_ERR_NO_NWFILTER_BINDING
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NWFILTER_BINDING, () -> NwfilterBindings.lookup(conn(), portdev));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NWFILTER_BINDING, () -> NwfilterBindings.delete(conn(), portdev));
    }
}
