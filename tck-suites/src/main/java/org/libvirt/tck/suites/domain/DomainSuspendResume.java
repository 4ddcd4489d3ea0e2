package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertThat;

import org.libvirt.Domain;
import org.libvirt.DomainInfo.DomainState;
import org.libvirt.LibvirtException;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A suspended domain is paused but still active, and runs again when resumed. */
public class DomainSuspendResume extends Scenario {

    @ScenarioId("domain.suspend-resume")
    @Test(groups = {"domain", "suspend"})
    public void suspendedDomainIsPausedAndRunsAgainWhenResumed() throws LibvirtException {
        // GIVEN a running domain
        Domain dom = conn().domainCreateXML(domain(sandbox().domain("suspend")).build().toXml(), 0);
        int id = dom.getID();

        // WHEN it is suspended THEN it is paused, still active, with the same id
        dom.suspend();
        assertThat(dom).hasState(DomainState.VIR_DOMAIN_PAUSED).isActive(true).isListedAsActive();
        sameId(dom, id);

        // WHEN it is resumed THEN it runs again with the same id
        dom.resume();
        assertThat(dom).isRunning().isListedAsActive();
        sameId(dom, id);
    }

    @ScenarioId("domain.destroy-paused")
    @Test(groups = {"domain", "suspend"})
    public void destroyingAPausedPersistentDomainShutsItOff() throws LibvirtException {
        // GIVEN a paused persistent domain
        Domain dom = conn().domainDefineXML(domain(sandbox().domain("destroy-paused")).build().toXml());
        dom.create();
        dom.suspend();

        // WHEN it is destroyed THEN it is shut off and still defined
        dom.destroy();
        assertThat(dom).isShutOff().isPersistent(true).isListedAsDefined();
    }

    private static void sameId(Domain dom, int expected) throws LibvirtException {
        int id = dom.getID();
        if (id != expected) {
            throw new AssertionError("expected domain " + dom.getName() + " to keep id " + expected
                    + " while paused and resumed, but found id " + id);
        }
    }
}
