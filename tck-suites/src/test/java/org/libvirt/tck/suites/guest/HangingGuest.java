package org.libvirt.tck.suites.guest;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.guest.GuestSession;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * Test-only scenarios: a guest that really hangs (its kernel boots, but {@code /init} is {@code sleep}, so the agent
 * never starts), and one that runs after it. {@link HungGuestTest} runs them with a small scenario timeout.
 */
public class HangingGuest extends GuestScenario {

    /** The kernel arguments that hang the guest: PID 1 is busybox {@code sleep 86400} instead of the kit's init. */
    static final String HANG = " rdinit=/bin/sleep 86400";

    /** The hung guest's domain name. */
    static final String HUNG_NAME = "tck-hung-guest";

    /** Counted down when the hanging scenario's thread stops waiting for the agent; what it stopped with. */
    static final CountDownLatch STOPPED = new CountDownLatch(1);
    static final AtomicReference<Throwable> STOPPED_BY = new AtomicReference<>();
    /** Whether the hung guest's domain was still running when the wait for its agent stopped: hung, not crashed. */
    static final AtomicReference<Boolean> RUNNING_WHEN_STOPPED = new AtomicReference<>();
    /** Whether the hung guest's domain was gone when the next scenario started. */
    static final AtomicReference<Boolean> GONE_AFTERWARDS = new AtomicReference<>();

    @ScenarioId("selftest.guest-hangs")
    @Test(groups = "selftest")
    public void waitsForTheAgentOfAGuestThatNeverStartsIt() throws LibvirtException {
        String name = sandbox().domain("hung-guest");
        Domain dom = conn().domainCreateXML(guest(name, HANG).build().toXml(), 0);
        try (GuestSession agent = agentOf(dom, name)) {
            throw new AssertionError("expected the hung guest's agent never to answer, but it did");
        } catch (RuntimeException e) {
            STOPPED_BY.set(e);
            RUNNING_WHEN_STOPPED.set(dom.isActive() == 1);
            throw e;
        } finally {
            STOPPED.countDown();
        }
    }

    @ScenarioId("selftest.after-the-hang")
    @Test(groups = "selftest")
    public void runsAfterTheHungGuest() {
        try {
            conn().domainLookupByName(HUNG_NAME);
            GONE_AFTERWARDS.set(false);
        } catch (LibvirtException e) {
            GONE_AFTERWARDS.set(true);
        }
    }
}
