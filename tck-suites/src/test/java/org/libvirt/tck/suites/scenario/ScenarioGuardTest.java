package org.libvirt.tck.suites.scenario;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
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
import org.libvirt.tck.report.model.Attachment;
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
    private List<ScenarioResult> resultList;
    private String progressText;
    private int scenarioCount;
    private KitTimes times;

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
        SuiteRunner runner = new SuiteRunner(runtime, new PrintWriter(progress));
        resultList = runner.run(scenarios);
        times = runner.kitTimes();
        results = resultList.stream().collect(Collectors.toMap(ScenarioResult::id, Function.identity()));
        progressText = progress.toString();
        scenarioCount = scenarios.size();
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
    public void theVolumesOfAPoolItNamedGoWithThePoolAndItPasses() {
        assertEquals(results.get("selftest.leaves-a-pool-with-an-unnamed-volume").status(), Status.PASS,
                results.get("selftest.leaves-a-pool-with-an-unnamed-volume").message());
    }

    @Test
    public void aNamedNetworkAndANamedVolumeInAPoolOfTheHostAreRemovedAndItPasses() {
        assertEquals(results.get("selftest.leaves-a-named-network-and-volume").status(), Status.PASS,
                results.get("selftest.leaves-a-named-network-and-volume").message());
    }

    @Test
    public void anUnnamedVolumeInAPoolOfTheHostIsALeak() {
        ScenarioResult leak = results.get("selftest.leaks-a-volume-in-a-pool-of-the-host");
        assertEquals(leak.status(), Status.FAIL);
        assertTrue(leak.message().contains("left behind objects it did not name through its sandbox: "
                + "[volume default-pool/tck-unnamed-vol.img]"), leak.message());
    }

    @Test
    public void theRunKeepsWhereTheGuardsTimeWent() {
        assertTrue(times.listing().compareTo(Duration.ZERO) > 0, "listing " + times.listing());
        assertTrue(times.removal().compareTo(Duration.ZERO) > 0, "removal " + times.removal());
        assertTrue(times.guard().compareTo(times.listing().plus(times.removal())) > 0,
                "the guard's " + times.guard() + " holds its listing and removal");
        assertTrue(times.recording().compareTo(Duration.ZERO) > 0, "recording " + times.recording());
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

    private static List<String> names(ScenarioResult r) {
        return r.attachments().stream().map(Attachment::name).toList();
    }

    @Test
    public void aFailedScenarioCarriesItsDomainsXmlAndTheConsoleLogOfAGuestAlreadyGone() {
        ScenarioResult r = results.get("selftest.fails-with-its-guests");
        assertEquals(r.status(), Status.FAIL);
        assertEquals(names(r), List.of("tck-evidence.xml", "tck-gone.console.log"),
                "no XML for the destroyed transient guest, no QEMU log on the test driver");
        assertTrue(r.attachments().get(0).text().contains("<name>tck-evidence</name>"), r.attachments().get(0).text());
        assertEquals(r.attachments().get(1).text(), "Linux version 6.1\nKernel panic\n");
    }

    @Test
    public void aScenarioThatTimedOutCarriesTheXmlOfItsStillRunningGuest() {
        assertEquals(names(results.get("selftest.hangs")), List.of("tck-hung.xml"));
    }

    @Test
    public void passingSkippedAndUnsupportedScenariosCarryNoAttachments() {
        assertEquals(names(results.get("selftest.cleans-what-it-named")), List.of());
        assertEquals(names(results.get("selftest.calls-unsupported-api")), List.of());
        assertEquals(names(results.get("selftest.needs-a-nic")), List.of());
    }

    @Test
    public void publishedPartsFollowTheirScenarioAsRowsAndAFailingPartFailsIt() {
        List<String> ids = resultList.stream().map(ScenarioResult::id).toList();
        int at = ids.indexOf("selftest.publishes-parts");
        assertEquals(ids.subList(at, at + 4), List.of("selftest.publishes-parts", "selftest.publishes-parts/one",
                "selftest.publishes-parts/two", "selftest.publishes-parts/two/2-sub"));
        ScenarioResult parent = results.get("selftest.publishes-parts");
        assertEquals(parent.status(), Status.FAIL);
        assertEquals(parent.message(), "scenario passed, but 1 of its 3 parts failed: two");
        ScenarioResult two = results.get("selftest.publishes-parts/two");
        assertEquals(two.status(), Status.FAIL);
        assertEquals(two.message(), "not ok 2 - two");
        assertEquals(two.details(), "# diagnostics");
        assertEquals(two.groups(), List.of("selftest"));
        assertEquals(results.get("selftest.publishes-parts/two/2-sub").status(), Status.SKIP);
        assertEquals(results.get("selftest.publishes-parts/one").status(), Status.PASS);
    }

    @Test
    public void partsAreNotCountedAsScenariosInTheProgressLines() {
        assertTrue(progressText.contains("/" + scenarioCount + "] selftest.publishes-parts"), progressText);
        assertTrue(progressText.contains("          selftest.publishes-parts/two"), progressText);
    }
}
