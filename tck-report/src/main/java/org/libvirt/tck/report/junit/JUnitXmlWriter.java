package org.libvirt.tck.report.junit;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.libvirt.tck.report.internal.XmlOutput;
import org.libvirt.tck.report.model.Attachment;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;

/**
 * Writes a {@link Report} as one JUnit XML {@code <testsuite>}, for CI servers that show test results.
 *
 * <pre>{@code
 * AtomicFiles.write(dir.resolve("junit.xml"), out -> new JUnitXmlWriter(Clock.systemUTC()).write(report, out));
 * }</pre>
 *
 * <p>The mapping, in the Ant JUnit dialect that Jenkins, GitLab and others read:
 * <ul>
 *   <li>{@code <testsuite name="libvirt-tck (URI)" tests failures errors skipped time timestamp hostname>};
 *       {@code time} is the run's wall time in seconds, up to now if it is still running; {@code timestamp}
 *       is its start, ISO-8601 in UTC to the second without a zone designator, as the Ant schema wants.</li>
 *   <li>{@code <properties>}: connection, versions, platform and run state, each left out when unknown.</li>
 *   <li>One {@code <testcase classname="domain" name="domain.persistent-lifecycle" time>} per scenario:
 *       FAIL adds {@code <failure message>details</failure>}, ERROR {@code <error message>details</error>},
 *       SKIP {@code <skipped message/>}, UNSUPPORTED {@code <skipped message="unsupported: ..."/>} and
 *       KNOWN_FAIL {@code <skipped message="known-fail: reason (bug)"/>} with its message and details in
 *       {@code <system-out>}; UNEXPECTED_PASS is a passing test case whose {@code <system-out>} starts
 *       with a note naming the entry to remove; details of a scenario that did not fail go to
 *       {@code <system-out>}.</li>
 *   <li>Each attachment (domain XML, console log, QEMU log of a failed scenario) follows in
 *       {@code <system-out>}, after a line {@code ===== attachment NAME =====}.</li>
 * </ul>
 * Characters that XML 1.0 cannot hold are written as visible <code>&#92;uXXXX</code> escapes.
 */
public final class JUnitXmlWriter {

    /** Prefix of the skip message of an UNSUPPORTED scenario, which JUnit can only show as skipped. */
    public static final String UNSUPPORTED_PREFIX = "unsupported: ";

    /** Prefix of the skip message of a KNOWN_FAIL scenario: {@code known-fail: reason (bug)}. */
    public static final String KNOWN_FAIL_PREFIX = "known-fail: ";

    /** First line of the {@code <system-out>} of an UNEXPECTED_PASS scenario, which JUnit shows as passed. */
    public static final String UNEXPECTED_PASS_NOTE = "unexpected-pass: passed although a known-broken entry says it fails: ";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final Clock clock;

    /** @param clock gives the time of a run that is still going, and the {@code tck.report.generated} property */
    public JUnitXmlWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Writes {@code report} to {@code out}, which must encode UTF-8; flushes, does not close. */
    public void write(Report report, Writer out) throws IOException {
        RunInfo run = report.run();
        Instant now = clock.instant();
        Map<Status, Long> counts = report.counts();
        Duration wall = Duration.between(run.start(), run.end() != null ? run.end() : now);

        XmlOutput xml = new XmlOutput(out);
        xml.declaration();
        xml.start("testsuite")
                .attribute("name", "libvirt-tck (" + run.uri() + ")")
                .attribute("tests", Integer.toString(report.scenarios().size()))
                .attribute("failures", Long.toString(counts.get(Status.FAIL)))
                .attribute("errors", Long.toString(counts.get(Status.ERROR)))
                .attribute("skipped", Long.toString(counts.get(Status.SKIP) + counts.get(Status.UNSUPPORTED)
                        + counts.get(Status.KNOWN_FAIL)))
                .attribute("time", seconds(wall.isNegative() ? Duration.ZERO : wall))
                .attribute("timestamp", TIMESTAMP.format(
                        LocalDateTime.ofInstant(run.start().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)))
                .attribute("hostname", run.hostName());
        writeProperties(xml, run, now);
        for (ScenarioResult s : report.scenarios()) {
            writeTestCase(xml, s);
        }
        xml.end();
        xml.finish();
    }

    private static void writeProperties(XmlOutput xml, RunInfo run, Instant now) throws IOException {
        xml.start("properties");
        property(xml, "libvirt.uri", run.uri());
        property(xml, "libvirt.driver", run.driver());
        property(xml, "libvirt.library.version", run.libraryVersion());
        property(xml, "libvirt.daemon.version", run.daemonVersion());
        property(xml, "hypervisor.type", run.hypervisorType());
        property(xml, "hypervisor.version", run.hypervisorVersion());
        property(xml, "host.arch", run.hostArch());
        property(xml, "os.name", run.osName());
        property(xml, "os.version", run.osVersion());
        property(xml, "host.name", run.hostName());
        property(xml, "tck.version", run.kitVersion());
        property(xml, "tck.run.start", run.start().toString());
        property(xml, "tck.run.end", run.end() == null ? null : run.end().toString());
        property(xml, "tck.run.complete", Boolean.toString(run.complete()));
        property(xml, "tck.report.generated", now.toString());
        xml.end();
    }

    private static void property(XmlOutput xml, String name, String value) throws IOException {
        if (value != null) {
            xml.start("property").attribute("name", name).attribute("value", value).end();
        }
    }

    private static void writeTestCase(XmlOutput xml, ScenarioResult s) throws IOException {
        xml.start("testcase")
                .attribute("classname", s.family())
                .attribute("name", s.id())
                .attribute("time", seconds(s.duration()));
        String systemOut = s.details();
        switch (s.status()) {
            case PASS -> { }
            case FAIL -> {
                xml.start("failure").attribute("message", s.message()).text(s.details()).end();
                systemOut = null;
            }
            case ERROR -> {
                xml.start("error").attribute("message", s.message()).text(s.details()).end();
                systemOut = null;
            }
            case SKIP -> xml.start("skipped").attribute("message", s.message()).end();
            case UNSUPPORTED -> {
                String message = s.message() == null ? "unsupported" : UNSUPPORTED_PREFIX + s.message();
                xml.start("skipped").attribute("message", message).end();
            }
            case KNOWN_FAIL -> {
                String known = s.known() == null ? "known broken" : s.known().describe();
                xml.start("skipped").attribute("message", KNOWN_FAIL_PREFIX + known).end();
                systemOut = joined(s.message(), s.details());
            }
            case UNEXPECTED_PASS -> {
                String known = s.known() == null ? "known broken" : s.known().describe();
                String where = s.known() == null || s.known().entry() == null ? ""
                        : "; remove the entry at " + s.known().entry();
                systemOut = joined(UNEXPECTED_PASS_NOTE + known + where, s.details());
            }
        }
        for (Attachment a : s.attachments()) {
            systemOut = joined(systemOut, attachmentHeader(a.name()) + "\n" + a.text());
        }
        xml.textElement("system-out", systemOut);
        xml.end();
    }

    /** The line that starts an attachment in {@code <system-out>}: {@code ===== attachment NAME =====}. */
    static String attachmentHeader(String name) {
        return ATTACHMENT_MARK + " attachment " + name + " " + ATTACHMENT_MARK;
    }

    private static final String ATTACHMENT_MARK = "=====";

    private static String joined(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + "\n" + second;
    }

    /** Seconds with millisecond precision, {@code 1.234}, whatever the default locale. */
    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%d.%03d", d.toSeconds(), d.toMillisPart());
    }
}
