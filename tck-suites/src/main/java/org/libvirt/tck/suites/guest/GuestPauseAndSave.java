package org.libvirt.tck.suites.guest;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertThat;

import java.time.Duration;

import org.libvirt.Domain;
import org.libvirt.DomainInfo.DomainState;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.guest.GuestAgentException;
import org.libvirt.tck.core.guest.GuestSession;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** A paused guest does not run; a saved guest comes back with its memory, and its clock goes on. */
public class GuestPauseAndSave extends GuestScenario {

    private static final String MARKER = "/tmp/tck-marker";

    @ScenarioId("guest.suspend-resume")
    @Test(groups = {"guest", "state"})
    public void aSuspendedGuestDoesNotAnswerAndAnswersAgainWhenResumed() throws LibvirtException {
        // GIVEN a running guest whose agent answers
        String name = sandbox().domain("pause");
        Domain dom = conn().domainCreateXML(guest(name).build().toXml(), 0);
        try (GuestSession agent = agentOf(dom, name)) {
            run(agent, "true");

            // WHEN it is suspended THEN it is paused and its agent does not answer
            dom.suspend();
            assertThat(dom).hasState(DomainState.VIR_DOMAIN_PAUSED);
            try {
                agent.exec("echo still running", Duration.ofSeconds(3));
                throw new AssertionError("expected no answer from a paused guest, but its agent answered");
            } catch (GuestAgentException expected) {
                // A paused guest runs no code: silence is the behaviour.
            }

            // WHEN it is resumed THEN it runs and answers again
            dom.resume();
            assertThat(dom).isRunning();
            agent.waitReady(Duration.ofSeconds(30));
            run(agent, "true");
        }
    }

    @ScenarioId("guest.save-restore")
    @Test(groups = {"guest", "state"})
    public void aSavedGuestIsRestoredWithItsMemoryAndItsUptimeGoesOn() throws LibvirtException {
        // GIVEN a running guest with a marker in its memory (tmpfs) and its uptime read
        String name = sandbox().domain("save");
        String image = sandbox().scratchPath("save.img").toString();
        Domain dom = conn().domainCreateXML(guest(name).build().toXml(), 0);
        double before;
        try (GuestSession agent = agentOf(dom, name)) {
            run(agent, "echo tck > " + MARKER);
            before = uptime(agent);
        }

        // WHEN it is saved and restored
        dom.save(image);
        conn().restore(image);

        // THEN the marker is still in its memory and its uptime went on from where it was
        Domain restored = conn().domainLookupByName(name);
        assertThat(restored).isRunning();
        try (GuestSession agent = agentOf(restored, name)) {
            assertMarkerAndUptime(agent, before);
        }
    }

    @ScenarioId("guest.managed-save")
    @Test(groups = {"guest", "state"})
    public void aManagedSaveIsRestoredWhenTheGuestStartsAgain() throws LibvirtException {
        // GIVEN a defined, running guest with a marker in its memory
        String name = sandbox().domain("managed-save");
        Domain dom = conn().domainDefineXML(guest(name).build().toXml());
        dom.create();
        double before;
        try (GuestSession agent = agentOf(dom, name)) {
            run(agent, "echo tck > " + MARKER);
            before = uptime(agent);
        }

        // WHEN it is managed-saved and started again
        dom.managedSave();
        assertThat(conn().domainLookupByName(name)).isShutOff();
        dom.create();

        // THEN it resumed from the saved memory instead of booting
        try (GuestSession agent = agentOf(dom, name)) {
            assertMarkerAndUptime(agent, before);
        }
    }

    private static void assertMarkerAndUptime(GuestSession agent, double before) {
        String marker = agent.exec("cat " + MARKER).output().strip();
        if (!marker.equals("tck")) {
            throw new AssertionError("expected " + MARKER + " to survive in the guest's memory, but found '"
                    + marker + "'");
        }
        double after = uptime(agent);
        if (after < before) {
            throw new AssertionError("expected the guest's uptime to go on from " + before + " s, but it is "
                    + after + " s: the guest booted again");
        }
    }
}
