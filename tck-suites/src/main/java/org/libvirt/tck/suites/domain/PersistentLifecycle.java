package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertThat;

import org.libvirt.Domain;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A persistent domain keeps its configuration across starts and stops until it is undefined. */
public class PersistentLifecycle extends Scenario {

    @ScenarioId("domain.persistent-lifecycle")
    @Test(groups = {"domain", "lifecycle"})
    public void definedDomainStartsStopsAndIsGoneOnlyWhenUndefined() throws LibvirtException {
        // GIVEN a defined domain
        String name = sandbox().domain("persistent");
        Domain dom = conn().domainDefineXML(domain(name).build().toXml());

        // THEN it is shut off, persistent, without an id, and listed as defined
        assertThat(dom).isShutOff().isPersistent(true).isListedAsDefined();

        // WHEN it is started THEN it runs with an id
        dom.create();
        assertThat(dom).isRunning().hasPositiveId().isPersistent(true).isListedAsActive();

        // WHEN it is destroyed THEN it is shut off but still defined
        dom.destroy();
        assertThat(dom).isShutOff().isPersistent(true).isListedAsDefined();

        // WHEN it is undefined THEN it is gone
        dom.undefine();
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, () -> conn().domainLookupByName(name));
    }

    @ScenarioId("domain.persistent-restart")
    @Test(groups = {"domain", "lifecycle"})
    public void definedDomainCanBeStartedAgainAfterBeingDestroyed() throws LibvirtException {
        // GIVEN a defined domain that was started and destroyed
        String name = sandbox().domain("restart");
        Domain dom = conn().domainDefineXML(domain(name).build().toXml());
        dom.create();
        int firstId = dom.getID();
        dom.destroy();

        // WHEN it is started again
        dom.create();

        // THEN it runs again with an id
        assertThat(dom).isRunning().hasPositiveId();
        if (dom.getID() == firstId) {
            throw new AssertionError("expected a new domain id after a restart, but found the same id " + firstId);
        }
    }
}
