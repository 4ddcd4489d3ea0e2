package org.libvirt.tck.report.model;

import static org.libvirt.tck.report.Fixtures.qemuRun;
import static org.libvirt.tck.report.Fixtures.result;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.expectThrows;
import static org.testng.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.libvirt.tck.report.Fixtures;
import org.testng.annotations.Test;

public class ReportTest {

    @Test
    public void countsHaveEveryStatusInOrderWithZeroForUnusedOnes() {
        Report report = new Report(qemuRun(), List.of(
                result("domain.a", Status.PASS, 1, null, null),
                result("domain.b", Status.PASS, 1, null, null),
                result("domain.c", Status.SKIP, 1, "why", null)));
        assertEquals(report.counts(), Map.of(Status.PASS, 2L, Status.FAIL, 0L, Status.ERROR, 0L,
                Status.SKIP, 1L, Status.UNSUPPORTED, 0L, Status.KNOWN_FAIL, 0L, Status.UNEXPECTED_PASS, 0L));
        assertEquals(List.copyOf(report.counts().keySet()), List.of(Status.values()));
        assertEquals(report.count(Status.PASS), 2);
    }

    @Test
    public void aReportWithOnlyPassesSkipsAndUnsupportedHasNothingUnexpected() {
        Report report = new Report(qemuRun(), List.of(
                result("domain.a", Status.PASS, 1, null, null),
                result("domain.b", Status.SKIP, 1, "known broken", null),
                result("domain.c", Status.UNSUPPORTED, 1, "not implemented", null)));
        assertFalse(report.hasUnexpected());
    }

    @Test
    public void aFailOrAnErrorIsUnexpected() {
        assertTrue(Fixtures.oneOfEach().hasUnexpected());
        assertTrue(new Report(qemuRun(), List.of(result("domain.a", Status.ERROR, 1, "boom", null))).hasUnexpected());
    }

    @Test
    public void scenariosAreCopiedSoLaterChangesDoNotShow() {
        List<ScenarioResult> results = new ArrayList<>();
        results.add(result("domain.a", Status.PASS, 1, null, null));
        Report report = new Report(qemuRun(), results);
        results.add(result("domain.b", Status.FAIL, 1, null, null));
        assertEquals(report.scenarios().size(), 1);
        assertThrows(UnsupportedOperationException.class, () -> report.scenarios().clear());
    }

    @Test
    public void durationIsKeptToTheMillisecond() {
        ScenarioResult r = new ScenarioResult("domain.a", List.of(), Status.PASS, Duration.ofNanos(1_234_567_891),
                null, null);
        assertEquals(r.duration(), Duration.ofMillis(1234));
    }

    @Test
    public void negativeDurationIsRefusedSayingWhatToDo() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> new ScenarioResult("domain.a", List.of(), Status.PASS, Duration.ofMillis(-5), null, null));
        assertEquals(e.getMessage(), "ScenarioResult.duration of domain.a: expected zero or more but found PT-0.005S;"
                + " measure it with the same clock at start and end");
    }

    @Test
    public void blankIdIsRefused() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> new ScenarioResult(" ", List.of(), Status.PASS, Duration.ZERO, null, null));
        assertEquals(e.getMessage(), "ScenarioResult.id: expected a scenario id such as "
                + "domain.persistent-lifecycle but found a blank string");
    }

    @Test
    public void nullGroupIsRefusedNamingTheScenario() {
        List<String> groups = new ArrayList<>();
        groups.add(null);
        NullPointerException e = expectThrows(NullPointerException.class,
                () -> new ScenarioResult("domain.a", groups, Status.PASS, Duration.ZERO, null, null));
        assertEquals(e.getMessage(), "ScenarioResult.groups of domain.a: expected group names but found null at 0");
    }

    @Test
    public void missingUriIsRefusedNamingTheField() {
        NullPointerException e = expectThrows(NullPointerException.class, () -> new RunInfo(null, null, null, null,
                null, null, null, null, null, null, null, Fixtures.START, null, false));
        assertEquals(e.getMessage(),
                "RunInfo.uri: expected the libvirt connection URI, e.g. qemu:///system, but found null");
    }

    @Test
    public void finishingARunSetsItsEndAndCompleteness() {
        RunInfo done = Fixtures.runningTestDriver().finished(Fixtures.END, true);
        assertEquals(done.end(), Fixtures.END);
        assertTrue(done.complete());
        assertEquals(done.uri(), "test:///default");
    }

    @Test
    public void familyIsTheFirstSegmentOfTheId() {
        assertEquals(result("domain.persistent-lifecycle", Status.PASS, 1, null, null).family(), "domain");
        assertEquals(new ScenarioResult("smoke", List.of(), Status.PASS, Duration.ZERO, null, null).family(), "smoke");
    }
}
