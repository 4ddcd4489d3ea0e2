package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;
import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo.DomainState;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/**
 * The same lifecycle from several threads at once: each thread defines, starts, suspends, resumes, destroys and
 * undefines its own domain, the threads taking each step together (a barrier between steps), once all on the
 * scenario's connection and once each on a connection of its own.
 *
 * <p>libvirt's connections are thread-safe and its last error is kept per thread, which is where libvirt-java
 * 0.5.4 reads it, so each thread sees its own failures. Each thread frees its {@link Domain} objects, so that a
 * connection of its own holds no reference when it is closed ({@code virConnectClose} returns 0). Names and XML
 * are made before the threads start: the sandbox and the builders are not shared with them.
 */
public class ConcurrentLifecycles extends Scenario {

    /** How many threads run the lifecycle at once. */
    static final int THREADS = 4;
    /** The longest one step may keep the others waiting at the barrier. */
    private static final long STEP_SECONDS = 120;

    @ScenarioId("domain.concurrent-lifecycle-shared-connection")
    @Test(groups = {"domain", "lifecycle", "concurrency"})
    public void lifecyclesOfSeveralThreadsOnOneConnectionAllSucceed() throws Exception {
        // GIVEN 4 threads sharing the scenario's connection, each with a domain of its own
        Connect shared = conn();
        Map<String, String> domains = domains("shared");

        // WHEN each runs the whole lifecycle of its domain, the threads taking each step together
        runConcurrently(domains, (name, xml, step) -> lifecycle(shared, name, xml, step));

        // THEN every step succeeded with the right state (checked in the threads), and no domain is left
        assertGone(domains.keySet());
    }

    @ScenarioId("domain.concurrent-lifecycle-own-connections")
    @Test(groups = {"domain", "lifecycle", "concurrency"})
    public void lifecyclesOfSeveralThreadsEachOnItsOwnConnectionAllSucceed() throws Exception {
        // GIVEN 4 threads, each opening its own connection to the driver under test, each with a domain
        String uri = tck().connection().uri();
        Map<String, String> domains = domains("own");

        // WHEN each runs the whole lifecycle of its domain on its connection, the threads taking each step together
        runConcurrently(domains, (name, xml, step) -> {
            Connect own = new Connect(uri, false);
            boolean closed = false;
            try {
                lifecycle(own, name, xml, step);
                int references = own.close();
                closed = true;
                if (references != 0) {
                    throw new AssertionError("expected the connection of the thread for " + name + " to hold no "
                            + "references once its domain was freed, but virConnectClose gave " + references);
                }
            } finally {
                if (!closed) {
                    own.close();
                }
            }
        });

        // THEN every step succeeded on every connection, and no domain is left
        assertGone(domains.keySet());
    }

    /** One thread's work: its domain's name and XML, and the barrier its steps wait at. */
    @FunctionalInterface
    private interface ThreadWork {
        void run(String name, String xml, CyclicBarrier step) throws Exception;
    }

    private static void lifecycle(Connect conn, String name, String xml, CyclicBarrier step) throws Exception {
        await(step);
        Domain dom = conn.domainDefineXML(xml);
        try {
            assertThat(dom).isShutOff().isPersistent(true);
            await(step);
            dom.create();
            assertThat(dom).isRunning().hasPositiveId();
            await(step);
            dom.suspend();
            assertThat(dom).hasState(DomainState.VIR_DOMAIN_PAUSED);
            await(step);
            dom.resume();
            assertThat(dom).isRunning();
            await(step);
            dom.destroy();
            assertThat(dom).isShutOff().hasNoId();
            await(step);
            dom.undefine();
            assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, () -> conn.domainLookupByName(name).free());
        } finally {
            dom.free();
        }
    }

    private static void await(CyclicBarrier step) throws Exception {
        step.await(STEP_SECONDS, TimeUnit.SECONDS);
    }

    /** {@link #THREADS} sandbox names, each with the XML of a minimal domain. */
    private static Map<String, String> domains(String suffix) {
        Map<String, String> domains = new LinkedHashMap<>();
        for (int i = 0; i < THREADS; i++) {
            String name = sandbox().domain("concurrent-" + suffix + "-" + i);
            domains.put(name, domain(name).build().toXml());
        }
        return domains;
    }

    private static void runConcurrently(Map<String, String> domains, ThreadWork work) throws Exception {
        CyclicBarrier step = new CyclicBarrier(domains.size());
        ExecutorService pool = Executors.newFixedThreadPool(domains.size());
        try {
            List<Future<?>> results = new ArrayList<>();
            domains.forEach((name, xml) -> results.add(pool.submit(() -> {
                try {
                    work.run(name, xml, step);
                } catch (Exception | AssertionError e) {
                    step.reset(); // the others stop waiting for this thread
                    throw new IllegalStateException("the thread for " + name + " failed: " + e.getMessage(), e);
                }
                return null;
            })));
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> result : results) {
                try {
                    result.get(STEP_SECONDS * 8, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                } catch (TimeoutException e) {
                    failures.add(new AssertionError("a thread did not finish its lifecycle within "
                            + STEP_SECONDS * 8 + " s"));
                }
            }
            report(failures);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(STEP_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Fails with the first thread's own failure; threads released from a broken barrier only followed it. */
    private static void report(List<Throwable> failures) {
        if (failures.isEmpty()) {
            return;
        }
        Throwable first = failures.stream().filter(f -> !(f.getCause() instanceof BrokenBarrierException))
                .findFirst().orElse(failures.get(0));
        AssertionError error = new AssertionError(failures.size() + " of " + THREADS + " threads failed; first: "
                + first.getMessage(), first);
        failures.stream().filter(f -> f != first).forEach(error::addSuppressed);
        throw error;
    }

    private static void assertGone(Iterable<String> names) {
        for (String name : names) {
            assertFailsWith(ErrorNumber.VIR_ERR_NO_DOMAIN, () -> conn().domainLookupByName(name));
        }
    }
}
