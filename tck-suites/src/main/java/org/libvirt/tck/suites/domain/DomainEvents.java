package org.libvirt.tck.suites.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.event.DefinedDetail;
import org.libvirt.event.DomainEvent;
import org.libvirt.event.DomainEventDetail;
import org.libvirt.event.DomainEventType;
import org.libvirt.event.LifecycleListener;
import org.libvirt.event.ResumedDetail;
import org.libvirt.event.StartedDetail;
import org.libvirt.event.StoppedDetail;
import org.libvirt.event.SuspendedDetail;
import org.libvirt.event.UndefinedDetail;
import org.libvirt.tck.core.connect.LibvirtCall;
import org.libvirt.tck.suites.scenario.Exclusive;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** Each lifecycle change of a domain reaches a registered listener as its lifecycle event, in order. */
@Exclusive("registers a connection-wide lifecycle listener; libvirt-java's listener table is not safe to change "
        + "while other threads use the connection")
public class DomainEvents extends Scenario {

    /** How long one step's event may take to arrive. */
    private static final long WAIT_MILLIS = 5_000;

    @ScenarioId("domain.lifecycle-events")
    @Test(groups = {"domain", "events"})
    public void defineStartSuspendResumeDestroyUndefineEachSendTheirLifecycleEvent() throws LibvirtException {
        // GIVEN a lifecycle listener on the connection
        String name = sandbox().domain("events");
        Recorder recorder = new Recorder(name);
        conn().addLifecycleListener(recorder);
        try {
            // WHEN a domain goes through its lifecycle THEN each step's event arrives, in order
            Domain dom = conn().domainDefineXML(domain(name).build().toXml());
            recorder.expect(DomainEventType.DEFINED, DefinedDetail.ADDED, "domainDefineXML");
            dom.create();
            recorder.expect(DomainEventType.STARTED, StartedDetail.BOOTED, "create");
            dom.suspend();
            recorder.expect(DomainEventType.SUSPENDED, SuspendedDetail.PAUSED, "suspend");
            dom.resume();
            recorder.expect(DomainEventType.RESUMED, ResumedDetail.UNPAUSED, "resume");
            dom.destroy();
            recorder.expect(DomainEventType.STOPPED, StoppedDetail.DESTROYED, "destroy");
            dom.undefine();
            recorder.expect(DomainEventType.UNDEFINED, UndefinedDetail.REMOVED, "undefine");
        } finally {
            conn().removeLifecycleListener(recorder);
        }
    }

    /**
     * Records the lifecycle events of one domain. A driver may send further events while it gets to a state (QEMU
     * reports the CPUs resuming while it boots, and the shutdown before the stop): each step checks that its own
     * event arrives, after those of the steps before.
     */
    private static final class Recorder implements LifecycleListener {

        private final String domainName;
        private final List<String> events = new ArrayList<>();
        private int consumed;

        Recorder(String domainName) {
            this.domainName = domainName;
        }

        @Override
        public synchronized int onLifecycleChange(Domain domain, DomainEvent event) {
            if (domainName.equals(LibvirtCall.call(domain::getName))) {
                events.add(describe(event.getType(), event.getDetail()));
                notifyAll();
            }
            return 0;
        }

        synchronized void expect(DomainEventType type, DomainEventDetail detail, String step) {
            String expected = describe(type, detail);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
            while (true) {
                int found = events.subList(consumed, events.size()).indexOf(expected);
                if (found >= 0) {
                    consumed += found + 1;
                    return;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("expected event " + expected + " for " + domainName + " within "
                            + WAIT_MILLIS + " ms of " + step + "(), but the events after the previous step were "
                            + events.subList(consumed, events.size()) + " (all events: " + events + ")");
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for event " + expected, e);
                }
            }
        }

        private static String describe(DomainEventType type, Object detail) {
            return type + "/" + detail;
        }
    }
}
