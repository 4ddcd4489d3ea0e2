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

/** A running domain changes between transient and persistent without stopping. */
public class TransientToPersistent extends Scenario {

    @ScenarioId("domain.transient-to-persistent")
    @Test(groups = {"domain", "lifecycle"})
    public void definingARunningTransientDomainMakesItPersistent() throws LibvirtException {
        // GIVEN a running transient domain
        String name = sandbox().domain("t2p");
        String xml = domain(name).withUuid(UUID.randomUUID()).build().toXml();
        Domain dom = conn().domainCreateXML(xml, 0);
        int id = dom.getID();

        // WHEN the same description (same name and UUID) is defined
        Domain defined = conn().domainDefineXML(xml);

        // THEN it is the same running domain, now persistent
        assertThat(defined).isRunning().isPersistent(true).hasUuid(dom.getUUIDString());
        if (defined.getID() != id) {
            throw new AssertionError("expected the defined domain to keep running with id " + id
                    + ", but found id " + defined.getID());
        }

        // WHEN it is destroyed THEN its configuration stays (looked up afresh: a handle caches the id it was made with)
        dom.destroy();
        assertThat(conn().domainLookupByName(name)).isShutOff().isPersistent(true).isListedAsDefined();
    }

    @ScenarioId("domain.persistent-to-transient")
    @Test(groups = {"domain", "lifecycle"})
    public void undefiningARunningDomainMakesItTransientUntilItStops() throws LibvirtException {
        // GIVEN a running persistent domain
        String name = sandbox().domain("p2t");
        Domain dom = conn().domainDefineXML(domain(name).build().toXml());
        dom.create();

        // WHEN it is undefined while running
        dom.undefine();

        // THEN it keeps running as a transient domain
        assertThat(dom).isRunning().hasPositiveId().isPersistent(false);

        // WHEN it is destroyed THEN it is gone
        dom.destroy();
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, () -> conn().domainLookupByName(name));
    }
}
