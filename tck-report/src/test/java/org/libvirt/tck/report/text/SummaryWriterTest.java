package org.libvirt.tck.report.text;

import static org.libvirt.tck.report.Fixtures.qemuRun;
import static org.libvirt.tck.report.Fixtures.result;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.libvirt.tck.report.Fixtures;
import org.libvirt.tck.report.model.Attachment;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.testng.annotations.Test;

public class SummaryWriterTest {

    private static String write(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new SummaryWriter().write(report, out);
        return out.toString();
    }

    @Test
    public void summaryHasHeaderOneLinePerScenarioMessagesAndTotals() throws IOException {
        assertEquals(write(Fixtures.oneOfEach()), """
                libvirt TCK summary
                URI:         qemu:///system
                Driver:      QEMU
                Library:     9.0.0
                Daemon:      9.0.0
                Hypervisor:  QEMU 8.2.2
                Platform:    Linux 6.8.0 x86_64, host build1
                Kit:         0.1.0
                Started:     2024-05-01T10:00:00Z
                Ended:       2024-05-01T10:05:00Z
                Complete:    yes

                domain.persistent-lifecycle -- PASS
                domain.save-restore         -- FAIL
                    expected the domain to be running after restore but it is shut off
                storage.pool-build          -- ERROR
                    virStoragePoolBuild failed: Permission denied
                network.nat-start           -- SKIP
                    known broken: libvirt bug 1234
                domain.vcpu-hotplug         -- UNSUPPORTED
                    virDomainSetVcpusFlags is not supported by this driver

                1 passed, 1 failed, 1 errors, 1 skipped, 1 unsupported
                """);
    }

    @Test
    public void theGuestsLineNamesTheDomainTypeAndHowItWasChosen() throws IOException {
        String summary = write(new Report(Fixtures.kvmFallbackRun(), List.of()));
        assertTrue(summary.contains("Kit:         0.1.0\nGuests:      qemu (" + Fixtures.KVM_FALLBACK + ")\n"
                + "Started:"), summary);
    }

    @Test
    public void unknownFieldsShowAsUnknownAndARunningRunSaysSo() throws IOException {
        assertEquals(write(new Report(Fixtures.runningTestDriver(), List.of())), """
                libvirt TCK summary
                URI:         test:///default
                Driver:      unknown
                Library:     unknown
                Daemon:      unknown
                Hypervisor:  unknown
                Platform:    unknown
                Kit:         unknown
                Started:     2024-05-01T10:00:00Z
                Ended:       not yet, the run is still going
                Complete:    NO, the run stopped before every scenario had a result

                (no scenario has a result)

                0 passed, 0 failed, 0 errors, 0 skipped, 0 unsupported
                """);
    }

    @Test
    public void aMessageOfSeveralLinesIsIndentedLineByLineAndAPassShowsNoMessage() throws IOException {
        Report report = new Report(qemuRun(), List.of(
                result("domain.a", Status.PASS, 1, "ignored for a pass", null),
                result("domain.b", Status.FAIL, 1, "first\r\nsecond\nthird", "details are not shown")));
        String summary = write(report);
        String scenarios = summary.substring(summary.indexOf("domain.a"), summary.lastIndexOf("\n\n") + 1);
        assertEquals(scenarios, """
                domain.a -- PASS
                domain.b -- FAIL
                    first
                    second
                    third
                """);
    }

    @Test
    public void controlCharactersAreSpelledOutSoTheTerminalIsSafe() throws IOException {
        Report report = new Report(qemuRun(), List.of(
                result("domain.x\u001b", Status.ERROR, 1, "\u001b[31mred\u001b[0m\u0000\u009b", null)));
        String summary = write(report);
        String scenarios = summary.substring(summary.indexOf("domain.x"), summary.lastIndexOf("\n\n") + 1);
        assertEquals(scenarios, "domain.x\\u001B -- ERROR\n    \\u001B[31mred\\u001B[0m\\u0000\\u009B\n");
    }

    @Test
    public void totalsCountEachStatus() {
        Report report = new Report(qemuRun(), List.of(
                result("domain.a", Status.PASS, 1, null, null),
                result("domain.b", Status.PASS, 1, null, null),
                result("domain.c", Status.UNSUPPORTED, 1, "no", null)));
        assertEquals(SummaryWriter.totals(report), "2 passed, 0 failed, 0 errors, 0 skipped, 1 unsupported");
    }

    @Test
    public void totalsCountScenariosAndTheirPartsApart() {
        Report report = new Report(qemuRun(), List.of(
                result("guest.checks", Status.FAIL, 1, "scenario passed, but 1 of its 3 parts failed: 20-memory", null),
                result("guest.checks/10-boot", Status.PASS, 1, null, null),
                result("guest.checks/20-memory", Status.FAIL, 1, "exited with 1", null),
                result("guest.checks/20-memory/1-meminfo", Status.PASS, 1, null, null),
                result("domain.a", Status.PASS, 1, null, null)));
        assertEquals(SummaryWriter.totals(report), "1 passed, 1 failed, 0 errors, 0 skipped, 0 unsupported; and 3 "
                + "parts: 2 passed, 1 failed, 0 errors, 0 skipped, 0 unsupported");
    }

    @Test
    public void aResultWithAttachmentsNamesThem() throws IOException {
        ScenarioResult failed = new ScenarioResult("guest.boot", List.of("guest"), Status.FAIL, Duration.ZERO,
                "no agent", null, null, List.of(new Attachment("tck-boot.xml", "<domain/>"),
                        new Attachment("tck-boot.console.log", "")));
        String summary = write(new Report(qemuRun(), List.of(failed)));
        assertTrue(summary.contains("guest.boot -- FAIL\n    no agent\n"
                + "    attached in report.xml: tck-boot.xml, tck-boot.console.log\n"), summary);
    }
}
