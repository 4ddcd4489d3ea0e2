package org.libvirt.tck.suites.guest;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.libvirt.tck.core.capabilities.Capabilities;
import org.libvirt.tck.core.capabilities.CapabilitiesParser;
import org.libvirt.tck.core.config.ConfigLoader;
import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.core.guest.GuestAgentException;
import org.libvirt.tck.core.guest.GuestImage;
import org.libvirt.tck.core.host.TckObjects;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.suites.run.ScenarioInfo;
import org.libvirt.tck.suites.run.SuiteRunner;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.libvirt.tck.suites.scenario.TckRuntime;
import org.testng.SkipException;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * Issue #7: a guest that really hangs is bounded by {@code scenario_timeout}, its domain is destroyed, the scenario's
 * thread stops waiting, later scenarios still run and nothing of the kit's is left. Needs {@code qemu:///system} in
 * {@code LIBVIRT_TCK_LIVE_URIS} and the prepared guest image.
 */
public class HungGuestTest {

    private static final String URI = "qemu:///system";
    private static final long TIMEOUT_SECONDS = 8;

    private TckConnection connection;
    private Map<String, ScenarioResult> results;

    @BeforeClass
    public void runAHangingGuestUnderASmallTimeout() throws Exception {
        if (!System.getenv().getOrDefault("LIBVIRT_TCK_LIVE_URIS", "").contains(URI)) {
            throw new SkipException("needs " + URI + " in LIBVIRT_TCK_LIVE_URIS (bin/libvirt-tck-selftest sets it)");
        }
        connection = TckConnection.open(URI);
        Capabilities caps = CapabilitiesParser.parse(connection.libvirt().getCapabilities());
        TckRuntime runtime = new TckRuntime(ConfigLoader.load(Optional.empty(), Map.of(),
                Map.of("uri", URI, "scenario_timeout", Long.toString(TIMEOUT_SECONDS))), connection, caps,
                GuestDefaults.from(caps, "qemu"));
        if (GuestImage.prepared(runtime.config().scratchDir()).isEmpty()) {
            throw new SkipException("needs the prepared guest image: " + GuestImage.PREPARE_HINT);
        }
        if (!TckObjects.find(connection.libvirt()).isEmpty()) {
            throw new SkipException(URI + " already has tck objects: another run is going on");
        }
        List<ScenarioInfo> scenarios = Arrays.stream(HangingGuest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(ScenarioId.class))
                .map(m -> new ScenarioInfo(m.getAnnotation(ScenarioId.class).value(), List.of("selftest"), m))
                .sorted(Comparator.comparing(s -> s.id().equals("selftest.guest-hangs") ? 0 : 1))
                .toList();
        results = new SuiteRunner(runtime, new PrintWriter(new StringWriter())).run(scenarios).stream()
                .collect(Collectors.toMap(ScenarioResult::id, Function.identity()));
    }

    @AfterClass(alwaysRun = true)
    public void close() {
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    public void theHungGuestsScenarioEndsAsAnErrorSayingItTimedOut() {
        ScenarioResult r = results.get("selftest.guest-hangs");
        assertEquals(r.status(), Status.ERROR, r.message());
        assertTrue(r.message().startsWith("timed out: "), r.message());
        assertTrue(r.duration().toSeconds() < TIMEOUT_SECONDS + 10, "ended near the timeout: " + r.duration());
    }

    @Test
    public void theScenariosThreadStopsWaitingForTheAgentWhenInterrupted() throws InterruptedException {
        assertTrue(HangingGuest.STOPPED.await(10, TimeUnit.SECONDS), "the scenario's thread stopped waiting");
        Throwable stoppedBy = HangingGuest.STOPPED_BY.get();
        assertTrue(stoppedBy instanceof GuestAgentException, String.valueOf(stoppedBy));
        assertTrue(stoppedBy.getMessage().startsWith("interrupted while waiting for the guest agent"),
                stoppedBy.getMessage());
        assertEquals(HangingGuest.RUNNING_WHEN_STOPPED.get(), Boolean.TRUE, "the guest hung, it did not stop");
    }

    @Test
    public void theNextScenarioRunsAndFindsTheHungGuestsDomainDestroyed() {
        assertEquals(results.get("selftest.after-the-hang").status(), Status.PASS);
        assertEquals(HangingGuest.GONE_AFTERWARDS.get(), Boolean.TRUE, "the hung guest's domain was gone");
    }

    @Test
    public void noTckObjectIsLeftOnTheHost() {
        assertEquals(TckObjects.find(connection.libvirt()), List.of());
    }
}
