package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertThat;

import java.util.UUID;

import org.libvirt.Domain;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** Names and UUIDs identify one domain each: libvirt refuses a second domain that reuses either. */
public class UniqueIdentifiers extends Scenario {

    @ScenarioId("domain.define-duplicate-name")
    @Test(groups = {"domain", "identity"})
    public void definingASecondDomainWithTheSameNameFailsWithOperationFailed() throws LibvirtException {
        // GIVEN a defined domain
        String name = sandbox().domain("dupname");
        UUID first = UUID.randomUUID();
        Domain dom = conn().domainDefineXML(domain(name).withUuid(first).build().toXml());

        // WHEN another domain with the same name but another UUID is defined THEN libvirt refuses
        String clash = domain(name).withUuid(UUID.randomUUID()).build().toXml();
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> conn().domainDefineXML(clash));

        // AND the first domain is unchanged
        assertThat(dom).isShutOff().hasUuid(first.toString());
    }

    @ScenarioId("domain.define-duplicate-uuid")
    @Test(groups = {"domain", "identity"})
    public void definingASecondDomainWithTheSameUuidFailsWithOperationFailed() throws LibvirtException {
        // GIVEN a defined domain
        UUID uuid = UUID.randomUUID();
        String name = sandbox().domain("dupuuid-a");
        String other = sandbox().domain("dupuuid-b");
        Domain dom = conn().domainDefineXML(domain(name).withUuid(uuid).build().toXml());

        // WHEN another domain with another name but the same UUID is defined THEN libvirt refuses
        String clash = domain(other).withUuid(uuid).build().toXml();
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> conn().domainDefineXML(clash));

        // AND the first keeps its name, the second does not exist
        assertThat(dom).isShutOff().hasUuid(uuid.toString());
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, () -> conn().domainLookupByName(other));
    }

    @ScenarioId("domain.create-duplicate-name")
    @Test(groups = {"domain", "identity"})
    public void creatingASecondDomainWithTheSameNameFailsWithOperationFailed() throws LibvirtException {
        // GIVEN a running transient domain
        String name = sandbox().domain("dupname-live");
        UUID first = UUID.randomUUID();
        Domain dom = conn().domainCreateXML(domain(name).withUuid(first).build().toXml(), 0);

        // WHEN another domain with the same name but another UUID is created THEN libvirt refuses
        String clash = domain(name).withUuid(UUID.randomUUID()).build().toXml();
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> conn().domainCreateXML(clash, 0));

        // AND the first still runs
        assertThat(dom).isRunning().hasUuid(first.toString());
    }

    @ScenarioId("domain.create-duplicate-uuid")
    @Test(groups = {"domain", "identity"})
    public void creatingASecondDomainWithTheSameUuidFailsWithOperationFailed() throws LibvirtException {
        // GIVEN a running transient domain
        UUID uuid = UUID.randomUUID();
        String name = sandbox().domain("dupuuid-live-a");
        String other = sandbox().domain("dupuuid-live-b");
        Domain dom = conn().domainCreateXML(domain(name).withUuid(uuid).build().toXml(), 0);

        // WHEN another domain with another name but the same UUID is created THEN libvirt refuses
        String clash = domain(other).withUuid(uuid).build().toXml();
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_FAILED, () -> conn().domainCreateXML(clash, 0));

        // AND only the first exists
        assertThat(dom).isRunning().hasUuid(uuid.toString());
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, () -> conn().domainLookupByName(other));
    }

    @ScenarioId("domain.create-running-again")
    @Test(groups = {"domain", "identity"})
    public void creatingADomainThatIsAlreadyRunningFailsWithOperationInvalid() throws LibvirtException {
        // GIVEN a running domain
        String name = sandbox().domain("twice");
        String xml = domain(name).withUuid(UUID.randomUUID()).build().toXml();
        Domain dom = conn().domainCreateXML(xml, 0);

        // WHEN the very same domain (name and UUID) is created again THEN libvirt says it is already active
        assertFailsWith(ErrorNumber.VIR_ERR_OPERATION_INVALID, () -> conn().domainCreateXML(xml, 0));
        assertThat(dom).isRunning();
    }

    @ScenarioId("domain.lookup-missing")
    @Test(groups = {"domain", "identity"})
    public void lookingUpADomainThatDoesNotExistFailsWithNoDomain() {
        // GIVEN a name and UUID no domain has
        String name = sandbox().domain("missing");
        String uuid = UUID.randomUUID().toString();

        // WHEN each lookup is tried THEN each fails with VIR_ERR_NO_DOMAIN
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, () -> conn().domainLookupByName(name));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, () -> conn().domainLookupByUUIDString(uuid));
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, () -> conn().domainLookupByID(999_999));
    }
}
