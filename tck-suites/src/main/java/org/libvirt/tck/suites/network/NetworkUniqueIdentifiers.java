package org.libvirt.tck.suites.network;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.NetworkAssert.assertThat;

import java.util.UUID;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.libvirt.tck.suites.scenario.Exclusive;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * Names and UUIDs identify one network each: libvirt refuses a second network that reuses either.
 *
 * <p>The clashing network has its own bridge and subnet, so that only the name or the UUID can be the reason it
 * is refused (the QEMU driver also refuses a bridge name already in use).
 */
@Exclusive("its networks use 198.51.100.0/24, which one active network at a time can have on a host")
public class NetworkUniqueIdentifiers extends Scenario {

    @ScenarioId("network.define-duplicate-name")
    @Test(groups = {"network", "identity"})
    public void definingASecondNetworkWithTheSameNameFailsWithOperationFailed() throws LibvirtException {
        // GIVEN a defined network
        String name = sandbox().network("dupname");
        UUID first = UUID.randomUUID();
        Network net = conn().networkDefineXML(definition(name, first, "tckbr-dupn-a"));

        // WHEN another network with the same name but another UUID is defined THEN libvirt refuses
        String clash = otherDefinition(name, UUID.randomUUID(), "tckbr-dupn-b");
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> conn().networkDefineXML(clash));

        // AND the first network is unchanged
        assertThat(net).isInactive().hasUuid(first.toString()).hasBridge("tckbr-dupn-a");
    }

    @ScenarioId("network.define-duplicate-uuid")
    @Test(groups = {"network", "identity"})
    public void definingASecondNetworkWithTheSameUuidFailsWithOperationFailed() throws LibvirtException {
        // GIVEN a defined network
        UUID uuid = UUID.randomUUID();
        String name = sandbox().network("dupuuid-a");
        String other = sandbox().network("dupuuid-b");
        Network net = conn().networkDefineXML(definition(name, uuid, "tckbr-dupu-a"));

        // WHEN another network with another name but the same UUID is defined THEN libvirt refuses
        String clash = otherDefinition(other, uuid, "tckbr-dupu-b");
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> conn().networkDefineXML(clash));

        // AND the first keeps its UUID, the second does not exist
        assertThat(net).isInactive().hasUuid(uuid.toString());
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, () -> conn().networkLookupByName(other));
    }

    @ScenarioId("network.create-duplicate-name")
    @Test(groups = {"network", "identity"})
    public void creatingASecondNetworkWithTheSameNameFailsWithOperationFailed() throws LibvirtException {
        // GIVEN an active transient network
        String name = sandbox().network("dupname-live");
        UUID first = UUID.randomUUID();
        Network net = conn().networkCreateXML(definition(name, first, "tckbr-dupnl-a"));

        // WHEN another network with the same name but another UUID is created THEN libvirt refuses
        String clash = otherDefinition(name, UUID.randomUUID(), "tckbr-dupnl-b");
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> conn().networkCreateXML(clash));

        // AND the first is still active
        assertThat(net).isActive().hasUuid(first.toString()).hasBridge("tckbr-dupnl-a");
    }

    @ScenarioId("network.create-duplicate-uuid")
    @Test(groups = {"network", "identity"})
    public void creatingASecondNetworkWithTheSameUuidFailsWithOperationFailed() throws LibvirtException {
        // GIVEN an active transient network
        UUID uuid = UUID.randomUUID();
        String name = sandbox().network("dupuuid-live-a");
        String other = sandbox().network("dupuuid-live-b");
        Network net = conn().networkCreateXML(definition(name, uuid, "tckbr-dupul-a"));

        // WHEN another network with another name but the same UUID is created THEN libvirt refuses
        String clash = otherDefinition(other, uuid, "tckbr-dupul-b");
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> conn().networkCreateXML(clash));

        // AND only the first exists
        assertThat(net).isActive().hasUuid(uuid.toString());
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, () -> conn().networkLookupByName(other));
    }

    @ScenarioId("network.define-name-of-active")
    @Test(groups = {"network", "identity"})
    public void definingANetworkWithTheNameOfAnActiveTransientOneFailsWithOperationFailed()
            throws LibvirtException {
        // GIVEN an active transient network
        String name = sandbox().network("dupname-t");
        UUID first = UUID.randomUUID();
        Network net = conn().networkCreateXML(definition(name, first, "tckbr-dupnt-a"));

        // WHEN a network with the same name but another UUID is defined THEN libvirt refuses
        String clash = otherDefinition(name, UUID.randomUUID(), "tckbr-dupnt-b");
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> conn().networkDefineXML(clash));

        // AND the first is still active and still transient
        assertThat(net).isActive().isPersistent(false).hasUuid(first.toString());
    }

    @ScenarioId("network.create-active-again")
    @Test(groups = {"network", "identity"})
    public void creatingANetworkThatIsAlreadyActiveFailsWithOperationInvalid() throws LibvirtException {
        // GIVEN an active transient network
        String name = sandbox().network("twice");
        String xml = definition(name, UUID.randomUUID(), "tckbr-twice");
        Network net = conn().networkCreateXML(xml);

        // WHEN the very same network (name and UUID) is created again THEN libvirt says it is already active
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, () -> conn().networkCreateXML(xml));
        assertThat(net).isActive().isPersistent(false);
    }

    @ScenarioId("network.lookup")
    @Test(groups = {"network", "identity"})
    public void lookingUpANetworkByNameOrUuidFindsTheSameNetwork() throws LibvirtException {
        // GIVEN a defined network with a known UUID
        String name = sandbox().network("lookup");
        UUID uuid = UUID.randomUUID();
        conn().networkDefineXML(definition(name, uuid, "tckbr-lookup"));

        // WHEN it is looked up by name, by UUID string and by UUID THEN each finds it
        assertThat(conn().networkLookupByName(name)).hasUuid(uuid.toString());
        assertThat(conn().networkLookupByUUIDString(uuid.toString())).hasBridge("tckbr-lookup");
        Network byUuid = conn().networkLookupByUUID(uuid);
        if (!name.equals(byUuid.getName())) {
            throw new AssertionError("expected networkLookupByUUID(" + uuid + ") to find " + name + ", but found "
                    + byUuid.getName());
        }
    }

    @ScenarioId("network.lookup-missing")
    @Test(groups = {"network", "identity"})
    public void lookingUpANetworkThatDoesNotExistFailsWithNoNetwork() {
        // GIVEN a name and a UUID that no network has
        String name = sandbox().network("missing");
        UUID uuid = UUID.randomUUID();

        // WHEN each lookup is tried THEN each fails with VIR_ERR_NO_NETWORK
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, () -> conn().networkLookupByName(name));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, () -> conn().networkLookupByUUIDString(uuid.toString()));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_NETWORK, () -> conn().networkLookupByUUID(uuid));
    }

    private static String definition(String name, UUID uuid, String bridge) {
        return network(name).withUuid(uuid).withBridge(bridge).withIpv4("198.51.100.1", 24).build().toXml();
    }

    /** A definition with another bridge and subnet than {@link #definition}'s. */
    private static String otherDefinition(String name, UUID uuid, String bridge) {
        return network(name).withUuid(uuid).withBridge(bridge).withIpv4("203.0.113.1", 24).build().toXml();
    }
}
