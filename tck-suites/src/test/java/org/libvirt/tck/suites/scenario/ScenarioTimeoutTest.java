package org.libvirt.tck.suites.scenario;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNotEquals;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.libvirt.tck.core.capabilities.Capabilities;
import org.libvirt.tck.core.capabilities.CapabilitiesParser;
import org.libvirt.tck.core.config.ConfigLoader;
import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.core.host.TckObjects;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.suites.run.ScenarioInfo;
import org.libvirt.tck.suites.run.SuiteRunner;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * Scenarios run on the run's own thread under the timeout, one after another, and see their sandbox there; a
 * scenario hung where an interrupt does not reach it is abandoned with its run, and the scenarios after it still run,
 * each once. That an interruptible hang ends is {@link ScenarioGuardTest}'s.
 */
public class ScenarioTimeoutTest {

    private TckConnection connection;
    private List<ScenarioResult> recorded;
    private List<ScenarioResult> deaf;
    private List<ScenarioResult> deafAfterItCameBack;
    private String deafProgress;

    @BeforeClass
    public void runScenarios() throws Exception {
        connection = TckConnection.open("test:///default");
        Capabilities caps = CapabilitiesParser.parse(connection.libvirt().getCapabilities());
        ThreadRecordingScenarios.THREADS.clear();
        ThreadRecordingScenarios.SANDBOX_NAMES.clear();
        ThreadRecordingScenarios.CHILD_SANDBOX_NAMES.clear();
        recorded = new SuiteRunner(runtime(caps, Map.of()), new PrintWriter(Writer.nullWriter()))
                .run(scenariosOf(ThreadRecordingScenarios.class));

        DeafScenarios.THREADS.clear();
        DeafScenarios.INTERRUPTED.set(false);
        CountDownLatch returned = new CountDownLatch(1);
        DeafScenarios.returned = returned;
        StringWriter progress = new StringWriter();
        SuiteRunner runner = new SuiteRunner(runtime(caps, Map.of("scenario_timeout", "1")), new PrintWriter(progress));
        deaf = runner.run(scenariosOf(DeafScenarios.class));
        assertTrue(returned.await(DeafScenarios.HANG_SECONDS + 10, TimeUnit.SECONDS), "the deaf scenario came back");
        Thread.sleep(500); // what its thread does next: the guard and collector see its late result
        deafAfterItCameBack = runner.resultsSoFar();
        deafProgress = progress.toString();
    }

    private TckRuntime runtime(Capabilities caps, Map<String, String> settings) throws Exception {
        return new TckRuntime(ConfigLoader.load(Optional.empty(), Map.of(), settings), connection, caps,
                GuestDefaults.from(caps, null));
    }

    private static List<ScenarioInfo> scenariosOf(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(ScenarioId.class))
                .map(m -> new ScenarioInfo(m.getAnnotation(ScenarioId.class).value(), List.of("selftest"), m))
                .sorted(Comparator.comparing(ScenarioInfo::id))
                .toList();
    }

    @AfterClass(alwaysRun = true)
    public void close() {
        TckObjects.removeAll(connection.libvirt());
        connection.close();
    }

    @Test
    public void everyScenarioPassesSeeingItsSandboxAndSoDoThreadsItStarts() {
        assertEquals(recorded.stream().map(ScenarioResult::status).toList(),
                List.of(Status.PASS, Status.PASS, Status.PASS));
        assertEquals(ThreadRecordingScenarios.SANDBOX_NAMES, List.of("tck-seen", "tck-seen", "tck-seen"));
        assertEquals(ThreadRecordingScenarios.CHILD_SANDBOX_NAMES, List.of("tck-", "tck-", "tck-"));
    }

    @Test
    public void scenariosOneAfterAnotherRunOnOneThreadInsteadOfBeingHandedToOthers() {
        List<String> threads = ThreadRecordingScenarios.THREADS;
        assertEquals(threads.size(), 3);
        assertEquals(threads.stream().distinct().count(), 1L, threads.toString());
        assertTrue(threads.get(0).startsWith("tck-run-"), threads.toString());
    }

    @Test
    public void aScenarioDeafToInterruptsIsAbandonedAsTimedOutAndTheOthersRunOnceEach() {
        assertEquals(deaf.stream().map(ScenarioResult::id).toList(), List.of("selftest.deaf-1-before",
                "selftest.deaf-2-hangs", "selftest.deaf-3-after", "selftest.deaf-4-last"), deafProgress);
        assertEquals(deaf.stream().map(ScenarioResult::status).toList(),
                List.of(Status.PASS, Status.ERROR, Status.PASS, Status.PASS), deafProgress);
        ScenarioResult hung = deaf.get(1);
        assertTrue(hung.message().startsWith("timed out: "), hung.message());
        assertTrue(hung.message().endsWith("did not end within the scenario_timeout of 1 s"), hung.message());
        assertTrue(hung.duration().toMillis() < DeafScenarios.HANG_SECONDS * 1000L,
                "ended before the deaf scenario came back: " + hung.duration());
        assertTrue(DeafScenarios.INTERRUPTED.get(), "it was interrupted first");
        assertTrue(hung.attachments().stream().anyMatch(a -> a.name().equals("tck-deaf.xml")),
                "it carries its running guest's XML: " + hung.attachments());
    }

    @Test
    public void theScenariosAfterTheAbandonedOneRunInANewRun() {
        List<String> threads = DeafScenarios.THREADS;
        assertEquals(threads.size(), 4, threads.toString());
        assertEquals(threads.get(0), threads.get(1), threads.toString());
        assertNotEquals(threads.get(2), threads.get(1), threads.toString());
        assertEquals(threads.get(3), threads.get(2), threads.toString());
    }

    @Test
    public void theAbandonedScenarioComingBackLaterAddsNoResultAndItsGuestWasRemovedAtOnce() {
        assertEquals(deafAfterItCameBack, deaf);
        assertEquals(TckObjects.find(connection.libvirt()), List.of(), "nothing is left: the run removed tck-deaf "
                + "when it abandoned the scenario, and tck-after after its own");
    }

    @Test
    public void aTimeoutMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ScenarioTimeout(Duration.ZERO));
    }
}
