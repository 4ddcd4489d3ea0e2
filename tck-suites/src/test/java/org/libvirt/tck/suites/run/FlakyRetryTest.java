package org.libvirt.tck.suites.run;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.libvirt.tck.core.capabilities.Capabilities;
import org.libvirt.tck.core.capabilities.CapabilitiesParser;
import org.libvirt.tck.core.config.ConfigLoader;
import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.libvirt.tck.suites.scenario.TckRuntime;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/** Scenarios the known-broken database calls flaky run again, and every attempt is kept. */
public class FlakyRetryTest {

    private Map<String, ScenarioResult> results;
    private String progress;

    @BeforeClass
    public void runTheFlakyScenarios() throws Exception {
        try (TckConnection connection = TckConnection.open("test:///default")) {
            Capabilities caps = CapabilitiesParser.parse(connection.libvirt().getCapabilities());
            TckRuntime runtime = new TckRuntime(ConfigLoader.load(Optional.empty(), Map.of(), Map.of()), connection,
                    caps, GuestDefaults.from(caps, null));
            List<ScenarioInfo> scenarios = Arrays.stream(FlakyScenarios.class.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(ScenarioId.class))
                    .map(m -> new ScenarioInfo(m.getAnnotation(ScenarioId.class).value(), List.of("selftest"), m))
                    .toList();
            Set<String> flaky = Set.of("selftest.passes-on-third-attempt", "selftest.always-fails-flaky");
            StringWriter out = new StringWriter();
            results = new SuiteRunner(runtime, new PrintWriter(out), 1, false, flaky::contains).run(scenarios)
                    .stream().collect(Collectors.toMap(ScenarioResult::id, Function.identity()));
            progress = out.toString();
        }
    }

    @Test
    public void aFlakyScenarioThatPassesOnALaterAttemptPassesAndKeepsItsFailedAttempts() {
        ScenarioResult r = results.get("selftest.passes-on-third-attempt");
        assertEquals(r.status(), Status.PASS);
        assertTrue(r.details().startsWith("earlier attempts (known flaky):\nattempt 1: fail: attempt 1 fails\n"
                + "attempt 2: fail: attempt 2 fails"), r.details());
        assertTrue(progress.contains("selftest.passes-on-third-attempt failed (known flaky): running it again"));
    }

    @Test
    public void aFlakyScenarioThatNeverPassesFailsAfterTheLastAttempt() {
        ScenarioResult r = results.get("selftest.always-fails-flaky");
        assertEquals(r.status(), Status.FAIL);
        assertTrue(r.details().startsWith("earlier attempts (known flaky):\nattempt 1: fail: never works\n"
                + "attempt 2: fail: never works\n\n"), r.details());
    }

    @Test
    public void aScenarioNotCalledFlakyRunsOnce() {
        ScenarioResult r = results.get("selftest.always-fails");
        assertEquals(r.status(), Status.FAIL);
        assertTrue(!r.details().contains("earlier attempts"), r.details());
    }

    @Test
    public void everyScenarioEndsInExactlyOneResult() {
        assertEquals(results.size(), 3);
        assertNull(results.get("selftest.nothing"));
    }
}
