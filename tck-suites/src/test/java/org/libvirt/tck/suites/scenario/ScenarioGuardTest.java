package org.libvirt.tck.suites.scenario;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

/** Runs {@link LeakyScenario} through the real runner on the test driver and checks how each ends. */
public class ScenarioGuardTest {

    private TckConnection connection;
    private Map<String, ScenarioResult> results;

    @BeforeClass
    public void runLeakyScenarios() throws Exception {
        connection = TckConnection.open("test:///default");
        Capabilities caps = CapabilitiesParser.parse(connection.libvirt().getCapabilities());
        TckRuntime runtime = new TckRuntime(ConfigLoader.load(Optional.empty(), Map.of(),
                Map.of("scenario_timeout", "2")), connection,
                caps, GuestDefaults.from(caps, null));
        List<ScenarioInfo> scenarios = Arrays.stream(LeakyScenario.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(ScenarioId.class))
                .map(m -> new ScenarioInfo(m.getAnnotation(ScenarioId.class).value(), List.of("selftest"), m))
                .toList();
        StringWriter progress = new StringWriter();
        results = new SuiteRunner(runtime, new PrintWriter(progress)).run(scenarios).stream()
                .collect(Collectors.toMap(ScenarioResult::id, Function.identity()));
    }

    @AfterClass(alwaysRun = true)
    public void close() {
        TckObjects.removeAll(connection.libvirt());
        connection.close();
    }

    @Test
    public void aScenarioThatLeavesAnUnnamedObjectFailsNamingIt() {
        ScenarioResult leak = results.get("selftest.leaks-a-domain");
        assertEquals(leak.status(), Status.FAIL);
        assertTrue(leak.message().contains("left behind objects it did not name through its sandbox: "
                + "[domain tck-unnamed-leak]"), leak.message());
    }

    @Test
    public void leakedObjectsAreStillRemoved() {
        assertEquals(TckObjects.find(connection.libvirt()), List.of());
    }

    @Test
    public void whatAScenarioNamedIsRemovedAndItPasses() {
        assertEquals(results.get("selftest.cleans-what-it-named").status(), Status.PASS);
    }

    @Test
    public void anApiTheDriverLacksIsUnsupportedNotFailed() {
        ScenarioResult r = results.get("selftest.calls-unsupported-api");
        assertEquals(r.status(), Status.UNSUPPORTED);
        assertTrue(r.message().contains("not supported"), r.message());
    }

    @Test
    public void anAssertionFailureIsFailAndAnythingElseIsError() {
        assertEquals(results.get("selftest.fails-an-assertion").status(), Status.FAIL);
        assertEquals(results.get("selftest.fails-an-assertion").message(), "expected 1 but found 2");
        assertEquals(results.get("selftest.breaks").status(), Status.ERROR);
        assertTrue(results.get("selftest.breaks").details().contains("IllegalStateException: boom"));
    }

    @Test
    public void aMissingHostResourceIsASkipNamingTheKey() {
        ScenarioResult r = results.get("selftest.needs-a-nic");
        assertEquals(r.status(), Status.SKIP);
        assertEquals(r.message(), "needs a host resource: set host_resources.nic in the configuration");
    }

    @Test
    public void aScenarioThatHangsIsEndedAsAnErrorSayingItTimedOutAndItsObjectsAreRemoved() {
        ScenarioResult r = results.get("selftest.hangs");
        assertEquals(r.status(), Status.ERROR);
        assertTrue(r.message().startsWith("timed out: "), r.message());
        assertTrue(r.message().endsWith("did not end within the scenario_timeout of 2 s"), r.message());
        assertTrue(r.duration().toMillis() < 10_000, "ended near the 2 s timeout: " + r.duration());
    }
}
