package org.libvirt.tck.suites.scenario;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.libvirt.tck.core.capabilities.Capabilities;
import org.libvirt.tck.core.capabilities.CapabilitiesParser;
import org.libvirt.tck.core.config.ConfigLoader;
import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.suites.run.ScenarioInfo;
import org.libvirt.tck.suites.run.SuiteRunner;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * Scenarios run under the timeout on threads of a pool, not each on a thread of its own, and see their sandbox there;
 * that a hung scenario still ends is {@link ScenarioGuardTest}'s.
 */
public class ScenarioTimeoutTest {

    private List<ScenarioResult> results;

    @BeforeClass
    public void runScenariosThatRecordTheirThread() throws Exception {
        ThreadRecordingScenarios.THREADS.clear();
        ThreadRecordingScenarios.SANDBOX_NAMES.clear();
        try (TckConnection connection = TckConnection.open("test:///default")) {
            Capabilities caps = CapabilitiesParser.parse(connection.libvirt().getCapabilities());
            TckRuntime runtime = new TckRuntime(ConfigLoader.load(Optional.empty(), Map.of(), Map.of()), connection,
                    caps, GuestDefaults.from(caps, null));
            List<ScenarioInfo> scenarios = Arrays.stream(ThreadRecordingScenarios.class.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(ScenarioId.class))
                    .map(m -> new ScenarioInfo(m.getAnnotation(ScenarioId.class).value(), List.of("selftest"), m))
                    .toList();
            results = new SuiteRunner(runtime, new PrintWriter(Writer.nullWriter())).run(scenarios);
        }
    }

    @Test
    public void everyScenarioPassesSeeingItsSandboxOnThePoolThreadThatRunsIt() {
        assertEquals(results.stream().map(ScenarioResult::status).toList(),
                List.of(Status.PASS, Status.PASS, Status.PASS));
        assertEquals(ThreadRecordingScenarios.SANDBOX_NAMES, List.of("tck-seen", "tck-seen", "tck-seen"));
    }

    @Test
    public void scenariosOneAfterAnotherReusePoolThreadsInsteadOfEachStartingOne() {
        List<String> threads = ThreadRecordingScenarios.THREADS;
        assertEquals(threads.size(), 3);
        assertTrue(threads.stream().allMatch(t -> t.startsWith("tck-scenario-")), threads.toString());
        // A finished thread is back in the pool long before the next scenario starts (the guard's cleanup runs in
        // between), so three scenarios in a row need fewer than three threads.
        assertTrue(threads.stream().distinct().count() < 3, "expected reused threads, found " + threads);
    }

    @Test
    public void aTimeoutMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ScenarioTimeout(Duration.ZERO));
    }
}
