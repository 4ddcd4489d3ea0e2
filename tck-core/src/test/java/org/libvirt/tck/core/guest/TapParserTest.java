package org.libvirt.tck.core.guest;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.libvirt.tck.core.guest.TapTest.Directive;
import org.libvirt.tck.core.guest.TapTest.Outcome;
import org.testng.annotations.Test;

public class TapParserTest {

    private static TapReport tap(String output) {
        return TapParser.parse(output).orElseThrow(() -> new AssertionError("not read as TAP: " + output));
    }

    private static List<Outcome> outcomes(TapReport tap) {
        return tap.tests().stream().map(TapTest::outcome).toList();
    }

    @Test
    public void outputWithoutAPlanOrVersionLineIsNotTap() {
        assertFalse(TapParser.parse("MemTotal: 253000 KiB\nok then\n").isPresent());
        assertFalse(TapParser.isTap("ok 1 - looks like a test but there is no plan\n"));
        assertTrue(TapParser.isTap("ok 1\n1..1\n"));
        assertTrue(TapParser.isTap("TAP version 13\nok 1\n"));
    }

    @Test
    public void aPlanAndPassingTestsPass() {
        TapReport tap = tap("1..2\nok 1 - port found\nok 2 - share is read-only\n");
        assertEquals(tap.plan(), OptionalInt.of(2));
        assertEquals(tap.tests(), List.of(
                new TapTest(1, true, "port found", Directive.NONE, "", ""),
                new TapTest(2, true, "share is read-only", Directive.NONE, "", "")));
        assertTrue(tap.passed());
        assertEquals(tap.failures(), List.of());
    }

    @Test
    public void aNotOkLineFailsAndIsNamedInTheFailures() {
        TapReport tap = tap("1..3\nok 1 - a\nnot ok 2 - b\nok 3 - c\n");
        assertEquals(outcomes(tap), List.of(Outcome.PASS, Outcome.FAIL, Outcome.PASS));
        assertFalse(tap.passed());
        assertEquals(tap.failures(), List.of("not ok 2 - b"));
    }

    @Test
    public void aTrailingPlanIsFineAndCrLfLineEndsToo() {
        TapReport tap = tap("ok 1 - a\r\nok 2 - b\r\n1..2\r\n");
        assertTrue(tap.passed(), tap.failures().toString());
        assertEquals(tap.tests().get(1).description(), "b");
    }

    @Test
    public void skipAndTodoDirectivesAreReadCaseInsensitivelyWithTheirReasons() {
        TapReport tap = tap("1..5\nok 1 - balloon # SKIP no balloon device\nnot ok 2 - hotplug # TODO not yet\n"
                + "ok 3 - x # skipped\nok 4 - y # todo fixed already\nok 5 - issue \\# 12 is fixed\n");
        assertEquals(outcomes(tap), List.of(Outcome.SKIP, Outcome.TODO, Outcome.SKIP, Outcome.PASS, Outcome.PASS));
        assertEquals(tap.tests().get(0).reason(), "no balloon device");
        assertEquals(tap.tests().get(0).description(), "balloon");
        assertEquals(tap.tests().get(1).directive(), Directive.TODO);
        assertEquals(tap.tests().get(1).reason(), "not yet");
        assertEquals(tap.tests().get(2).reason(), "");
        assertEquals(tap.tests().get(4).description(), "issue # 12 is fixed");
        assertEquals(tap.tests().get(4).directive(), Directive.NONE);
        assertTrue(tap.passed(), "a TODO failure and skips do not fail: " + tap.failures());
    }

    @Test
    public void aHashThatIsNotADirectiveEndsTheDescriptionOnly() {
        TapTest t = tap("1..1\nok 1 - memory # 253000 KiB\n").tests().get(0);
        assertEquals(t.description(), "memory");
        assertEquals(t.directive(), Directive.NONE);
    }

    @Test
    public void numbersAndDashesMayBeLeftOut() {
        TapReport tap = tap("1..3\nok - first\nok\nnot ok third one\n");
        assertEquals(tap.tests().stream().map(TapTest::number).toList(), List.of(1, 2, 3));
        assertEquals(tap.tests().get(0).description(), "first");
        assertEquals(tap.tests().get(1).description(), "");
        assertEquals(tap.tests().get(2).description(), "third one");
        assertEquals(tap.failures(), List.of("not ok 3 - third one"));
    }

    @Test
    public void testsMissingFromThePlanFailNamingTheirNumbers() {
        TapReport tap = tap("1..4\nok 1\nok 3\n");
        assertEquals(tap.missing(), List.of(2, 4));
        assertEquals(tap.failures(), List.of("test 3 is out of sequence: expected test 2",
                "planned 4 tests but 2 did not report: [2, 4]"));
    }

    @Test
    public void testsBeyondThePlanAndASecondPlanAreProblems() {
        TapReport tap = tap("1..1\nok 1\nok 2\n1..2\n");
        assertEquals(tap.problems(), List.of("test 2 is beyond the plan 1..1", "a second plan 1..2 after 1..1"));
        assertFalse(tap.passed());
    }

    @Test
    public void aPlanBetweenTestsIsAProblem() {
        TapReport tap = tap("TAP version 13\nok 1\n1..2\nok 2\n");
        assertEquals(tap.problems(), List.of(
                "test 2 comes after the plan 1..2, which must come before the first test or after the last"));
    }

    @Test
    public void aVersionLineWithoutAPlanIsAProblem() {
        TapReport tap = tap("TAP version 13\nok 1 - a\nok 2 - b\n");
        assertEquals(tap.plan(), OptionalInt.empty());
        assertEquals(tap.failures(), List.of(
                "no plan: expected a plan line such as 1..2 before the first test or after the last"));
    }

    @Test
    public void bailOutEndsTheRunAndFailsItWithTheTestsNotRunMissing() {
        TapReport tap = tap("1..3\nok 1 - a\nBail out! no /proc in the guest\nok 2 - never read\n");
        assertEquals(tap.bailOut(), "no /proc in the guest");
        assertEquals(tap.tests().size(), 1);
        assertEquals(tap.failures(), List.of("bailed out: no /proc in the guest",
                "planned 3 tests but 2 did not report: [2, 3]"));
    }

    @Test
    public void aPlanOfNothingWithSkipSkipsTheWholeScript() {
        TapReport tap = tap("1..0 # SKIP no balloon device\n");
        assertTrue(tap.skippedAll());
        assertEquals(tap.skipAllReason(), "no balloon device");
        assertTrue(tap.passed());
        assertNull(tap("1..1\nok 1\n").skipAllReason());
        assertFalse(tap("1..1\nok 1\n").skippedAll());
    }

    @Test
    public void commentsAndIndentedLinesAfterATestAreItsDiagnosticsAndGarbageIsIgnored() {
        TapReport tap = tap("# before any test: ignored\n1..2\nnot ok 1 - memory\n# MemTotal: 100 KiB\n"
                + "  ---\n  expected: 150000\n  ...\nsh: awk: not found\nok 2 - b\ngarbage line\n");
        assertEquals(tap.tests().get(0).diagnostics(), "# MemTotal: 100 KiB\n  ---\n  expected: 150000\n  ...");
        assertEquals(tap.tests().get(1).diagnostics(), "");
        assertEquals(tap.failures(), List.of("not ok 1 - memory"));
    }

    @Test
    public void aSlugIsTheNumberAndTheDescriptionInLowerCaseWordsCutShort() {
        assertEquals(new TapTest(3, true, "MemTotal is at most 262144 KiB", Directive.NONE, "", "").slug(),
                "3-memtotal-is-at-most-262144-kib");
        assertEquals(new TapTest(2, true, "", Directive.NONE, "", "").slug(), "2");
        assertEquals(new TapTest(7, true, "--- /proc/meminfo: ok? ---", Directive.NONE, "", "").slug(),
                "7-proc-meminfo-ok");
        String slug = new TapTest(12, true, "a very long description that goes on and on", Directive.NONE, "", "")
                .slug();
        assertEquals(slug, "12-a-very-long-description-that-goes-on");
        assertTrue(slug.length() <= TapTest.MAX_SLUG_LENGTH);
    }

    @Test
    public void aCheckSpeakingTapIsJudgedByItsTapAndItsExitCode() {
        assertEquals(new CheckResult("20-memory.sh", 0, "1..1\nok 1\n").status(), CheckResult.Status.PASS);
        assertEquals(new CheckResult("20-memory.sh", 0, "1..2\nok 1\nnot ok 2\n").status(), CheckResult.Status.FAIL);
        assertEquals(new CheckResult("20-memory.sh", 1, "1..1\nok 1\n").status(), CheckResult.Status.FAIL,
                "a script that exits with an error fails even if its tests passed, as prove says 'dubious'");
        assertEquals(new CheckResult("40-balloon.sh", 0, "1..0 # SKIP none\n").status(), CheckResult.Status.SKIP);
        assertEquals(new CheckResult("40-balloon.sh", 77, "1..1\nnot ok 1\n").status(), CheckResult.Status.SKIP);
        assertEquals(new CheckResult("10-x.sh", 3, "no port\n").status(), CheckResult.Status.FAIL);
        assertEquals(new CheckResult("10-x.sh", 0, "ok 1 but no plan\n").status(), CheckResult.Status.PASS);
        assertEquals(new CheckResult("20-memory.sh", 0, "").baseName(), "20-memory");
        assertEquals(new CheckResult("check", 0, "").baseName(), "check");
    }
}
