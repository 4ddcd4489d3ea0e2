package org.libvirt.tck.report.known;

import static org.libvirt.tck.report.Fixtures.result;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertSame;
import static org.testng.Assert.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.libvirt.tck.report.Fixtures;
import org.libvirt.tck.report.model.KnownIssue;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.testng.annotations.Test;

public class KnownBrokenApplyTest {

    /** QEMU 8.2.2, libvirt 9.0.0, debian 12 on x86_64. */
    private static RunInfo debianRun() {
        return new RunInfo("qemu:///system", "QEMU", "9.0.0", "9.0.0", "QEMU", "8.2.2", "x86_64", "debian", "12",
                "build1", "0.1.0", Fixtures.START, Fixtures.END, true);
    }

    private static KnownBroken db(String entries) throws KnownBrokenException {
        return KnownBroken.parse(new StringReader(entries), "k.yml");
    }

    private static String entry(String scenario, String more) {
        return "- scenario: \"" + scenario + "\"\n  driver: qemu\n  status: fail\n  reason: broken\n"
                + "  bug: https://bugs.example/1\n" + more;
    }

    private static Status statusOf(String id, Status status, KnownBroken db) {
        Report report = new Report(debianRun(), List.of(result(id, status, 1, "boom", null)));
        return db.apply(report).scenarios().get(0).status();
    }

    @Test
    public void aMatchingFailureBecomesKnownFailWithReasonBugAndEntry() throws KnownBrokenException {
        KnownBroken db = db(entry("domain.save", ""));
        Report report = new Report(debianRun(), List.of(result("domain.save", Status.FAIL, 1, "boom", "trace")));
        ScenarioResult s = db.apply(report).scenarios().get(0);
        assertEquals(s.status(), Status.KNOWN_FAIL);
        assertEquals(s.known(), new KnownIssue("broken", "https://bugs.example/1", "k.yml:1"));
        assertEquals(s.message(), "boom", "the failure's own message is kept");
        assertEquals(s.details(), "trace");
        assertFalse(db.apply(report).hasUnexpected());
    }

    @Test
    public void anErrorIsKnownToo() throws KnownBrokenException {
        assertEquals(statusOf("domain.save", Status.ERROR, db(entry("domain.save", ""))), Status.KNOWN_FAIL);
    }

    @Test
    public void aPassUnderAFailEntryIsAnUnexpectedPassAndNotAFailure() throws KnownBrokenException {
        KnownBroken db = db(entry("domain.save", ""));
        Report applied = db.apply(new Report(debianRun(), List.of(result("domain.save", Status.PASS, 1, null, null))));
        assertEquals(applied.scenarios().get(0).status(), Status.UNEXPECTED_PASS);
        assertEquals(applied.scenarios().get(0).known().entry(), "k.yml:1");
        assertFalse(applied.hasUnexpected());
    }

    @Test
    public void aPassUnderAFlakyEntryStaysAPassAndAFailureIsKnown() throws KnownBrokenException {
        KnownBroken db = db(entry("domain.save", "").replace("status: fail", "status: flaky"));
        assertEquals(statusOf("domain.save", Status.PASS, db), Status.PASS);
        assertEquals(statusOf("domain.save", Status.FAIL, db), Status.KNOWN_FAIL);
    }

    @Test
    public void skipsAndUnsupportedAreLeftAlone() throws KnownBrokenException {
        KnownBroken db = db(entry("domain.save", ""));
        assertEquals(statusOf("domain.save", Status.SKIP, db), Status.SKIP);
        assertEquals(statusOf("domain.save", Status.UNSUPPORTED, db), Status.UNSUPPORTED);
    }

    @Test
    public void aScenarioGlobMatchesWithStarAndQuestionMark() throws KnownBrokenException {
        assertEquals(statusOf("domain.save-restore", Status.FAIL, db(entry("domain.*", ""))), Status.KNOWN_FAIL);
        assertEquals(statusOf("domain.vcpu-hotplug", Status.FAIL, db(entry("*-hotplug", ""))), Status.KNOWN_FAIL);
        assertEquals(statusOf("domain.save1", Status.FAIL, db(entry("domain.save?", ""))), Status.KNOWN_FAIL);
        assertEquals(statusOf("network.save", Status.FAIL, db(entry("domain.*", ""))), Status.FAIL);
        assertEquals(statusOf("domain.saveXrestore", Status.FAIL, db(entry("domain.save.restore", ""))), Status.FAIL,
                "a dot is a dot, not any character");
    }

    @Test
    public void theDriverMatchesTheRunsDriverOrUriSchemeInAnyCase() throws KnownBrokenException {
        assertEquals(statusOf("domain.save", Status.FAIL, db(entry("domain.save", ""))), Status.KNOWN_FAIL);
        KnownBroken test = db(entry("domain.save", "").replace("driver: qemu", "driver: test"));
        assertEquals(statusOf("domain.save", Status.FAIL, test), Status.FAIL);
        RunInfo ssh = new RunInfo("qemu+ssh://host/system", null, null, null, null, null, null, null, null, null,
                null, Fixtures.START, null, false);
        Report report = new Report(ssh, List.of(result("domain.save", Status.FAIL, 1, null, null)));
        assertEquals(db(entry("domain.save", "")).apply(report).scenarios().get(0).status(), Status.KNOWN_FAIL);
    }

    @Test
    public void eachPlatformPartMustMatchWhenGiven() throws KnownBrokenException {
        String platform = "  platform:\n    os: Debian\n    os_version: \"12\"\n    arch: x86_64\n";
        assertEquals(statusOf("domain.save", Status.FAIL, db(entry("domain.save", platform))), Status.KNOWN_FAIL);
        assertEquals(statusOf("domain.save", Status.FAIL, db(entry("domain.save", platform.replace("Debian", "fedora")))),
                Status.FAIL);
        assertEquals(statusOf("domain.save", Status.FAIL, db(entry("domain.save", platform.replace("\"12\"", "\"11\"")))),
                Status.FAIL);
        assertEquals(statusOf("domain.save", Status.FAIL, db(entry("domain.save", platform.replace("x86_64", "aarch64")))),
                Status.FAIL);
        assertEquals(statusOf("domain.save", Status.FAIL, db(entry("domain.save", "  platform:\n    arch: x86_*\n"))),
                Status.KNOWN_FAIL, "a part left out is any; parts are globs");
    }

    @Test
    public void libvirtAndHypervisorRangesMustHoldWhenGiven() throws KnownBrokenException {
        assertEquals(statusOf("domain.save", Status.FAIL, db(entry("domain.save", "  libvirt: \">=9.0.0 <9.5.0\"\n"))),
                Status.KNOWN_FAIL);
        assertEquals(statusOf("domain.save", Status.FAIL, db(entry("domain.save", "  libvirt: \">=9.5.0\"\n"))),
                Status.FAIL);
        assertEquals(statusOf("domain.save", Status.FAIL, db(entry("domain.save", "  hypervisor: \"<8.2.3\"\n"))),
                Status.KNOWN_FAIL);
        assertEquals(statusOf("domain.save", Status.FAIL, db(entry("domain.save", "  hypervisor: \"<8.2.2\"\n"))),
                Status.FAIL);
    }

    @Test
    public void aRangeNeverMatchesARunThatDoesNotKnowItsVersion() throws KnownBrokenException {
        RunInfo unknown = new RunInfo("qemu:///system", "QEMU", null, null, "QEMU", null, "x86_64", "debian", "12",
                null, null, Fixtures.START, null, false);
        KnownBroken db = db(entry("domain.save", "  hypervisor: \">=1\"\n"));
        Report report = new Report(unknown, List.of(result("domain.save", Status.FAIL, 1, null, null)));
        assertEquals(db.apply(report).scenarios().get(0).status(), Status.FAIL);
    }

    @Test
    public void theFirstMatchingEntryDecides() throws KnownBrokenException {
        KnownBroken db = db(entry("domain.*", "").replace("reason: broken", "reason: first")
                + entry("domain.save", "").replace("reason: broken", "reason: second"));
        Report report = new Report(debianRun(), List.of(result("domain.save", Status.FAIL, 1, null, null)));
        assertEquals(db.apply(report).scenarios().get(0).known().reason(), "first");
    }

    @Test
    public void applyingTwiceChangesNothingMore() throws KnownBrokenException {
        KnownBroken db = db(entry("domain.save", ""));
        Report once = db.apply(new Report(debianRun(), List.of(result("domain.save", Status.FAIL, 1, null, null))));
        assertEquals(db.apply(once), once);
    }

    @Test
    public void anEmptyDatabaseReturnsTheReportItself() {
        Report report = Fixtures.oneOfEach();
        assertSame(KnownBroken.empty().apply(report), report);
        assertTrue(KnownBroken.empty().entries().isEmpty());
    }

    @Test
    public void unmatchedScenariosKeepTheirResult() throws KnownBrokenException {
        Report report = Fixtures.oneOfEach();
        Report applied = db(entry("nothing.*", "")).apply(report);
        assertEquals(applied, report);
        assertNull(applied.scenarios().get(1).known());
    }

    @Test
    public void entriesMatchSubResultsByTheirIdAndByGlob() throws KnownBrokenException {
        assertEquals(statusOf("guest.checks/20-memory", Status.FAIL, db(entry("guest.checks/20-memory", ""))),
                Status.KNOWN_FAIL);
        KnownBroken glob = db(entry("guest.checks/40-*", ""));
        assertEquals(statusOf("guest.checks/40-balloon/2-inflates", Status.FAIL, glob), Status.KNOWN_FAIL);
        assertEquals(statusOf("guest.checks/20-memory", Status.FAIL, glob), Status.FAIL);
    }

    private static List<Status> statusesOf(KnownBroken db, ScenarioResult... rows) {
        return db.apply(new Report(debianRun(), List.of(rows))).scenarios().stream().map(ScenarioResult::status)
                .toList();
    }

    private static ScenarioResult failedByParts(String id, String... parts) {
        return result(id, Status.FAIL, 1, ScenarioResult.partsFailedMessage(List.of(parts), 3), null);
    }

    @Test
    public void anEntryForTheOneFailingTestOfACheckCoversItsScriptAndItsScenario() throws KnownBrokenException {
        KnownBroken db = db(entry("guest.checks/20-memory/2-memtotal", ""));
        List<Status> statuses = statusesOf(db,
                failedByParts("guest.checks", "20-memory", "20-memory/2-memtotal"),
                result("guest.checks/10-boot", Status.PASS, 1, null, null),
                result("guest.checks/20-memory", Status.FAIL, 1, "not ok 2 - memtotal; exited with 1", null),
                result("guest.checks/20-memory/1-meminfo", Status.PASS, 1, null, null),
                result("guest.checks/20-memory/2-memtotal", Status.FAIL, 1, "not ok 2 - memtotal", null));
        assertEquals(statuses, List.of(Status.KNOWN_FAIL, Status.PASS, Status.KNOWN_FAIL, Status.PASS,
                Status.KNOWN_FAIL));
    }

    @Test
    public void aScenarioCoveredByItsPartsNamesThePartAndItsEntry() throws KnownBrokenException {
        KnownBroken db = db(entry("guest.checks/20-memory", ""));
        Report applied = db.apply(new Report(debianRun(), List.of(failedByParts("guest.checks", "20-memory"),
                result("guest.checks/20-memory", Status.FAIL, 1, "exited with 1", null))));
        ScenarioResult scenario = applied.scenarios().get(0);
        assertEquals(scenario.status(), Status.KNOWN_FAIL);
        assertEquals(scenario.known(), new KnownIssue("its failing parts are known: guest.checks/20-memory: broken",
                "https://bugs.example/1", "k.yml:1"));
        assertFalse(applied.hasUnexpected());
    }

    @Test
    public void aScenarioWithOneKnownAndOneUnknownFailingPartStaysAFailure() throws KnownBrokenException {
        KnownBroken db = db(entry("guest.checks/20-memory", ""));
        List<Status> statuses = statusesOf(db, failedByParts("guest.checks", "20-memory", "30-net"),
                result("guest.checks/20-memory", Status.FAIL, 1, "exited with 1", null),
                result("guest.checks/30-net", Status.FAIL, 1, "exited with 1", null));
        assertEquals(statuses, List.of(Status.FAIL, Status.KNOWN_FAIL, Status.FAIL));
    }

    @Test
    public void aScenarioThatFailedOnItsOwnStaysAFailureThoughItsFailedPartsAreKnown() throws KnownBrokenException {
        KnownBroken db = db(entry("guest.checks/20-memory", ""));
        List<Status> statuses = statusesOf(db, result("guest.checks", Status.FAIL, 1, "expected the agent to answer "
                + "after the reboot", null), result("guest.checks/20-memory", Status.FAIL, 1, "exited with 1", null));
        assertEquals(statuses, List.of(Status.FAIL, Status.KNOWN_FAIL));
    }

    @Test
    public void aScenariosEntryCoversItsFailingPartsAndLeavesItsPassingOnesPasses() throws KnownBrokenException {
        KnownBroken db = db(entry("guest.checks", ""));
        List<Status> statuses = statusesOf(db, failedByParts("guest.checks", "20-memory"),
                result("guest.checks/10-boot", Status.PASS, 1, null, null),
                result("guest.checks/20-memory", Status.FAIL, 1, "exited with 1", null),
                result("guest.checks/20-memory/2-memtotal", Status.ERROR, 1, "not ok 2", null));
        assertEquals(statuses, List.of(Status.KNOWN_FAIL, Status.PASS, Status.KNOWN_FAIL, Status.KNOWN_FAIL));
    }

    @Test
    public void coveringByPartsIsIdempotent() throws KnownBrokenException {
        KnownBroken db = db(entry("guest.checks/20-memory", ""));
        Report once = db.apply(new Report(debianRun(), List.of(failedByParts("guest.checks", "20-memory"),
                result("guest.checks/20-memory", Status.FAIL, 1, "exited with 1", null))));
        assertEquals(db.apply(once), once);
    }
}
