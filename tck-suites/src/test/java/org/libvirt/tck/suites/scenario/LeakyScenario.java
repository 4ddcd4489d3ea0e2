package org.libvirt.tck.suites.scenario;

import java.nio.file.Files;

import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.tck.report.model.Status;
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

    @ScenarioId("selftest.fails-with-its-guests")
    @Test(groups = "selftest")
    public void failsWithADefinedDomainAndAGoneOneThatWroteAConsoleLog() throws Exception {
        conn().domainDefineXML(domain(sandbox().domain("evidence")).build().toXml());
        String gone = sandbox().domain("gone");
        Files.writeString(sandbox().scratchPath(gone + ".console.log"), "Linux version 6.1\nKernel panic\n");
        conn().domainCreateXML(domain(gone).build().toXml(), 0).destroy();
        throw new AssertionError("expected the guest to boot but it panicked");
    }

    @ScenarioId("selftest.publishes-parts")
    @Test(groups = "selftest")
    public void publishesAPassingASkippedAndAFailingPartAndItselfPasses() {
        sandbox().publish(new SubResult("one", Status.PASS, null, null));
        sandbox().publish(new SubResult("two", Status.FAIL, "not ok 2 - two", "# diagnostics"));
        sandbox().publish(new SubResult("two/2-sub", Status.SKIP, "skipped: no device", null));
    }

    @ScenarioId("selftest.leaves-a-pool-with-an-unnamed-volume")
    @Test(groups = "selftest")
    public void leavesItsPoolWithAVolumeItDidNotName() throws LibvirtException {
        StoragePool pool = conn().storagePoolCreateXML(dirPool(sandbox().pool("kept")).build().toXml(), 0);
        pool.storageVolCreateXML(volume("tck-in-a-named-pool.img").withCapacity(1 << 20).build().toXml(), 0);
    }

    @ScenarioId("selftest.leaves-a-named-network-and-volume")
    @Test(groups = "selftest")
    public void leavesANamedNetworkAndANamedVolumeInAPoolOfTheHost() throws LibvirtException {
        conn().networkDefineXML(network(sandbox().network("kept")).isolated().build().toXml()).create();
        StoragePool hostPool = conn().storagePoolLookupByName("default-pool");
        hostPool.storageVolCreateXML(volume(sandbox().volume("default-pool", "kept.img")).withCapacity(1 << 20)
                .build().toXml(), 0);
    }

    @ScenarioId("selftest.leaks-a-volume-in-a-pool-of-the-host")
    @Test(groups = "selftest")
    public void createsAVolumeInAPoolOfTheHostWithoutNamingIt() throws LibvirtException {
        conn().storagePoolLookupByName("default-pool").storageVolCreateXML(volume("tck-unnamed-vol.img")
                .withCapacity(1 << 20).build().toXml(), 0);
    }
}
