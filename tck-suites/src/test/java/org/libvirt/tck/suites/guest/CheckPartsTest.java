package org.libvirt.tck.suites.guest;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;

import java.util.List;

import org.libvirt.tck.core.guest.CheckResult;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.suites.scenario.SubResult;
import org.testng.annotations.Test;

public class CheckPartsTest {

    private static List<String> parts(List<SubResult> rows) {
        return rows.stream().map(r -> r.part() + " " + r.status().xmlName()).toList();
    }

    @Test
    public void aPlainScriptIsOneRowJudgedByItsExitCode() {
        List<SubResult> pass = CheckParts.of(new CheckResult("10-virtio-console.sh", 0, "found port vport1p1\n"));
        assertEquals(parts(pass), List.of("10-virtio-console pass"));
        assertNull(pass.get(0).message());
        assertEquals(pass.get(0).details(), "found port vport1p1\n");

        SubResult fail = CheckParts.of(new CheckResult("10-virtio-console.sh", 1, "\nno port named x\n")).get(0);
        assertEquals(fail.status(), Status.FAIL);
        assertEquals(fail.message(), "exited with 1: no port named x");

        SubResult skip = CheckParts.of(new CheckResult("40-balloon.sh", 77, "no virtio balloon device\n")).get(0);
        assertEquals(skip.status(), Status.SKIP);
        assertEquals(skip.message(), "skipped: exited with 77: no virtio balloon device");
        assertNull(CheckParts.of(new CheckResult("50-quiet.sh", 0, "")).get(0).details());
    }

    @Test
    public void aTapScriptIsARowAndOneRowPerTestNamedByNumberAndDescription() {
        List<SubResult> rows = CheckParts.of(new CheckResult("20-memory.sh", 0, """
                1..4
                ok 1 - /proc/meminfo has MemTotal
                # MemTotal: 253000 KiB
                not ok 2 - MemTotal is above 150000 KiB
                ok 3 - balloon # SKIP no balloon device
                not ok 4 - hotplug # TODO not yet
                """));
        assertEquals(parts(rows), List.of("20-memory fail", "20-memory/1-proc-meminfo-has-memtotal pass",
                "20-memory/2-memtotal-is-above-150000-kib fail", "20-memory/3-balloon skip",
                "20-memory/4-hotplug skip"));
        assertEquals(rows.get(0).message(), "not ok 2 - MemTotal is above 150000 KiB");
        assertEquals(rows.get(1).details(), "# MemTotal: 253000 KiB");
        assertEquals(rows.get(2).message(), "not ok 2 - MemTotal is above 150000 KiB");
        assertEquals(rows.get(3).message(), "skipped: no balloon device");
        assertEquals(rows.get(4).message(), "todo: not yet");
    }

    @Test
    public void missingTestsAreFailingRowsOfTheirNumberAndABailOutSaysWhy() {
        List<SubResult> rows = CheckParts.of(new CheckResult("20-memory.sh", 0,
                "1..3\nok 1 - a\nBail out! no /proc\n"));
        assertEquals(parts(rows), List.of("20-memory fail", "20-memory/1-a pass", "20-memory/2 fail",
                "20-memory/3 fail"));
        assertEquals(rows.get(0).message(), "bailed out: no /proc; planned 3 tests but 2 did not report: [2, 3]");
        assertEquals(rows.get(2).message(), "not run: the script bailed out: no /proc");

        List<SubResult> short1 = CheckParts.of(new CheckResult("20-memory.sh", 0, "1..2\nok 1 - a\n"));
        assertEquals(short1.get(2).message(), "planned (1..2) but never reported");
    }

    @Test
    public void aTapScriptThatExitsWithAnErrorFailsSayingSo() {
        SubResult row = CheckParts.of(new CheckResult("20-memory.sh", 2, "1..1\nok 1 - a\n")).get(0);
        assertEquals(row.status(), Status.FAIL);
        assertEquals(row.message(), "exited with 2");
    }

    @Test
    public void aTapScriptThatPlansNothingIsSkippedWithItsReason() {
        List<SubResult> rows = CheckParts.of(new CheckResult("40-balloon.sh", 0, "1..0 # SKIP no balloon device\n"));
        assertEquals(parts(rows), List.of("40-balloon skip"));
        assertEquals(rows.get(0).message(), "skipped: planned no tests (1..0): no balloon device");
    }

    @Test
    public void aNumberUsedTwiceStillGivesDistinctIds() {
        List<SubResult> rows = CheckParts.of(new CheckResult("20-x.sh", 0, "1..2\nok 1 - a\nok 1 - a\n"));
        assertEquals(parts(rows), List.of("20-x fail", "20-x/1-a pass", "20-x/1-a-line2 pass", "20-x/2 fail"));
    }
}
