package org.libvirt.tck.suites.scenario;

import org.libvirt.LibvirtException;
import org.testng.annotations.Test;

/** Scenarios that break the rules on purpose, to check that {@link ScenarioGuard} catches them. */
public class LeakyScenario extends Scenario {

    @ScenarioId("selftest.leaks-a-domain")
    @Test(groups = "selftest")
    public void definesADomainWithoutNamingItThroughTheSandbox() throws LibvirtException {
        conn().domainDefineXML(domain("tck-unnamed-leak").build().toXml());
    }

    @ScenarioId("selftest.cleans-what-it-named")
    @Test(groups = "selftest")
    public void definesADomainNamedThroughTheSandboxAndForgetsIt() throws LibvirtException {
        conn().domainCreateXML(domain(sandbox().domain("named")).build().toXml(), 0);
    }

    @ScenarioId("selftest.calls-unsupported-api")
    @Test(groups = "selftest")
    public void callsAnApiTheTestDriverLacks() throws LibvirtException {
        conn().listNetworkFilters();
    }

    @ScenarioId("selftest.fails-an-assertion")
    @Test(groups = "selftest")
    public void failsAnAssertion() {
        throw new AssertionError("expected 1 but found 2");
    }

    @ScenarioId("selftest.breaks")
    @Test(groups = "selftest")
    public void throwsSomethingElse() {
        throw new IllegalStateException("boom");
    }

    @ScenarioId("selftest.needs-a-nic")
    @Test(groups = "selftest")
    public void needsAHostResource() {
        tck().config().hostResources().nic().orElseThrow(() -> new MissingResource("host_resources.nic"));
    }

    @ScenarioId("selftest.hangs")
    @Test(groups = "selftest")
    public void hangsLongerThanTheScenarioTimeout() throws Exception {
        conn().domainCreateXML(domain(sandbox().domain("hung")).build().toXml(), 0);
        Thread.sleep(60_000);
    }
}
