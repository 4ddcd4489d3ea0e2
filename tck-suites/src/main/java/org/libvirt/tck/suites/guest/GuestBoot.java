package org.libvirt.tck.suites.guest;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertThat;

import java.time.Duration;

import org.libvirt.Domain;
import org.libvirt.DomainInfo.DomainState;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.guest.GuestSession;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A guest really boots to its agent, reboots into a new kernel instance, and shuts down when asked. */
public class GuestBoot extends GuestScenario {

    @ScenarioId("guest.transient-boot")
    @Test(groups = {"guest", "boot"})
    public void aTransientGuestBootsToItsAgentWithTheKernelAndCommandLineItWasGiven() throws LibvirtException {
        // GIVEN a transient guest booting the prepared kernel
        String name = sandbox().domain("boot");
        Domain dom = conn().domainCreateXML(guest(name).build().toXml(), 0);
        assertThat(dom).isRunning().hasPositiveId().isPersistent(false);

        // WHEN its agent answers THEN the guest runs the kernel and command line of its domain XML
        try (GuestSession agent = agentOf(dom, name)) {
            String cmdline = run(agent, "cat /proc/cmdline");
            if (!cmdline.contains("console=ttyS0")) {
                throw new AssertionError("expected the guest's /proc/cmdline to hold console=ttyS0 from the "
                        + "domain XML, but found '" + cmdline + "'");
            }
            if (!run(agent, "echo hello from the guest").equals("hello from the guest")) {
                throw new AssertionError("expected the guest to echo a command's output back");
            }
        }
    }

    @ScenarioId("guest.persistent-boot")
    @Test(groups = {"guest", "boot"})
    public void aDefinedGuestBootsToItsAgentAndIsGoneFromTheGuestSideWhenDestroyed() throws LibvirtException {
        // GIVEN a defined guest, started
        String name = sandbox().domain("boot-persistent");
        Domain dom = conn().domainDefineXML(guest(name).build().toXml());
        dom.create();
        assertThat(dom).isRunning().isPersistent(true);

        // WHEN its agent answers THEN it reports its vCPUs and memory as the domain has them
        try (GuestSession agent = agentOf(dom, name)) {
            int cpus = Integer.parseInt(run(agent, "grep -c ^processor /proc/cpuinfo"));
            if (cpus != dom.getInfo().nrVirtCpu) {
                throw new AssertionError("expected the guest to see " + dom.getInfo().nrVirtCpu + " vCPUs, but it"
                        + " sees " + cpus);
            }
        }

        // WHEN it is destroyed THEN it is shut off and still defined
        dom.destroy();
        assertThat(conn().domainLookupByName(name)).isShutOff().isPersistent(true);
    }

    @ScenarioId("guest.reboot")
    @Test(groups = {"guest", "boot"})
    public void rebootingAGuestStartsANewKernelInTheSameDomain() throws LibvirtException {
        // GIVEN a running guest and the boot id of its kernel
        String name = sandbox().domain("reboot");
        Domain dom = conn().domainCreateXML(guest(name).build().toXml(), 0);
        int id = dom.getID();
        try (GuestSession agent = agentOf(dom, name)) {
            String before = bootId(agent);

            // WHEN it is rebooted
            dom.reboot(0);

            // THEN a new kernel instance answers, in the same running domain
            awaitNewBoot(agent, before, BOOT_TIMEOUT);
            assertThat(dom).isRunning();
            if (dom.getID() != id) {
                throw new AssertionError("expected a reboot to keep domain id " + id + ", but found " + dom.getID());
            }
        }
    }

    @ScenarioId("guest.shutdown")
    @Test(groups = {"guest", "boot"})
    public void aGracefulShutdownPowersTheGuestOffThroughAcpi() throws LibvirtException {
        // GIVEN a defined guest whose agent answers
        String name = sandbox().domain("shutdown");
        Domain dom = conn().domainDefineXML(guest(name).build().toXml());
        dom.create();
        agentOf(dom, name).close();

        // WHEN it is asked to shut down (the ACPI power button)
        dom.shutdown();

        // THEN the guest powers itself off and the domain is shut off
        awaitState(dom, DomainState.VIR_DOMAIN_SHUTOFF, Duration.ofSeconds(60));
        assertThat(conn().domainLookupByName(name)).isShutOff().isPersistent(true);
    }
}
