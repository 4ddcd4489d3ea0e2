package org.libvirt.tck.suites.scenario;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.testng.annotations.Test;

/**
 * For {@link ScenarioTimeoutTest}: the second of four scenarios hangs where an interrupt does not reach it, as a
 * libvirt call waiting on a frozen daemon does, and comes back {@link #HANG_SECONDS} later. TestNG runs them in
 * the order of their method names.
 */
public class DeafScenarios extends Scenario {

    static final int HANG_SECONDS = 6;
    static final List<String> THREADS = new CopyOnWriteArrayList<>();
    static final AtomicBoolean INTERRUPTED = new AtomicBoolean();
    static volatile CountDownLatch returned = new CountDownLatch(1);

    @ScenarioId("selftest.deaf-1-before")
    @Test(groups = "selftest")
    public void step1RunsBefore() {
        THREADS.add(Thread.currentThread().getName());
    }

    @ScenarioId("selftest.deaf-2-hangs")
    @Test(groups = "selftest")
    public void step2HangsDeafToInterrupts() throws Exception {
        THREADS.add(Thread.currentThread().getName());
        conn().domainCreateXML(domain(sandbox().domain("deaf")).build().toXml(), 0);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_SECONDS);
        try {
            while (System.nanoTime() < end) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    INTERRUPTED.set(true); // and carries on: deaf
                }
            }
        } finally {
            returned.countDown();
        }
    }

    @ScenarioId("selftest.deaf-3-after")
    @Test(groups = "selftest")
    public void step3RunsAfter() throws Exception {
        THREADS.add(Thread.currentThread().getName());
        conn().domainCreateXML(domain(sandbox().domain("after")).build().toXml(), 0);
    }

    @ScenarioId("selftest.deaf-4-last")
    @Test(groups = "selftest")
    public void step4RunsLast() {
        THREADS.add(Thread.currentThread().getName());
    }
}
