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

/** A name freed by undefine can be taken by a new domain; lookups then find the new one, never the old. */
public class ReusedNames extends Scenario {

    @ScenarioId("domain.reused-name-new-uuid")
    @Test(groups = {"domain", "identity"})
    public void lookingUpAReusedNameFindsTheNewDomainsUuid() throws LibvirtException {
        // GIVEN a domain that was defined and undefined
        String name = sandbox().domain("reused");
        UUID first = UUID.randomUUID();
        conn().domainDefineXML(domain(name).withUuid(first).build().toXml()).undefine();

        // WHEN a domain with the same name and a new UUID is defined
        UUID second = UUID.randomUUID();
        conn().domainDefineXML(domain(name).withUuid(second).build().toXml());

        // THEN the name leads to the new UUID, and the old UUID to nothing
        assertThat(conn().domainLookupByName(name)).hasUuid(second.toString()).isShutOff();
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, () -> conn().domainLookupByUUIDString(first.toString()));
    }

    @ScenarioId("domain.stale-handle-after-undefine")
    @Test(groups = {"domain", "identity"})
    public void aHandleOfAnUndefinedDomainDoesNotReachTheDomainThatReusedItsName() throws LibvirtException {
        // GIVEN a handle of a domain that was undefined, and a new domain with its name
        String name = sandbox().domain("stale");
        Domain old = conn().domainDefineXML(domain(name).withUuid(UUID.randomUUID()).build().toXml());
        old.undefine();
        Domain current = conn().domainDefineXML(domain(name).withUuid(UUID.randomUUID()).build().toXml());
        current.create();

        // WHEN the old handle is used THEN libvirt finds no domain for it (a handle names its domain by UUID)
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, old::getInfo);
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, old::destroy);

        // AND the new domain is untouched
        assertThat(current).isRunning();
    }
}
