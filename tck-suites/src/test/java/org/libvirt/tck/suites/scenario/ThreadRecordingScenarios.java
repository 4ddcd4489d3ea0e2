package org.libvirt.tck.suites.scenario;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.testng.annotations.Test;

/** Scenarios that record the thread they ran on and the sandbox they saw there, for {@link ScenarioTimeoutTest}. */
public class ThreadRecordingScenarios extends Scenario {

    static final List<String> THREADS = new CopyOnWriteArrayList<>();
    static final List<String> SANDBOX_NAMES = new CopyOnWriteArrayList<>();
    static final List<String> CHILD_SANDBOX_NAMES = new CopyOnWriteArrayList<>();

    private static void record() throws InterruptedException {
        THREADS.add(Thread.currentThread().getName());
        SANDBOX_NAMES.add(sandbox().domain("seen"));
        Thread child = new Thread(() -> CHILD_SANDBOX_NAMES.add(sandbox().prefix()));
        child.start();
        child.join();
    }

    @ScenarioId("selftest.records-its-thread-1")
    @Test(groups = "selftest")
    public void recordsItsThreadFirst() throws InterruptedException {
        record();
    }

    @ScenarioId("selftest.records-its-thread-2")
    @Test(groups = "selftest")
    public void recordsItsThreadSecond() throws InterruptedException {
        record();
    }

    @ScenarioId("selftest.records-its-thread-3")
    @Test(groups = "selftest")
    public void recordsItsThreadThird() throws InterruptedException {
        record();
    }
}
