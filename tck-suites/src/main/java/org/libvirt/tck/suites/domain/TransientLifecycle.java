package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertThat;

import org.libvirt.Domain;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A transient domain exists only while it runs. */
public class TransientLifecycle extends Scenario {

    @ScenarioId("domain.transient-lifecycle")
    @Test(groups = {"domain", "lifecycle"})
    public void transientDomainRunsUntilDestroyedAndThenIsGone() throws LibvirtException {
        // GIVEN a domain description
        String name = sandbox().domain("transient");
        String xml = domain(name).build().toXml();

        // WHEN it is created without being defined
        Domain dom = conn().domainCreateXML(xml, 0);

        // THEN it runs, has an id, is transient and listed as running
        assertThat(dom).isRunning().hasPositiveId().isPersistent(false).isListedAsActive();

        // WHEN it is destroyed THEN it no longer exists at all
        dom.destroy();
        assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, () -> conn().domainLookupByName(name));
    }
}
