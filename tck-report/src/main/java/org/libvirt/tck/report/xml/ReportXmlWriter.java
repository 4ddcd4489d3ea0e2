package org.libvirt.tck.report.xml;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.libvirt.tck.report.internal.XmlOutput;
import org.libvirt.tck.report.model.Attachment;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.report.model.ScenarioResult;

/**
 * Writes a {@link Report} as report.xml, the kit's own format, described in {@code tck-report-1.xsd}.
 *
 * <pre>{@code
 * AtomicFiles.write(dir.resolve("report.xml"), out -> new ReportXmlWriter(Clock.systemUTC()).write(report, out));
 * }</pre>
 *
 * <p>The output looks like this; elements for unknown ({@code null}) values are left out:
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <tck-report xmlns="urn:libvirt-tck:report:1" format-version="1" generated="2024-05-01T10:06:00Z">
 *   <run start="2024-05-01T10:00:00Z" end="2024-05-01T10:05:00Z" complete="true">
 *     <uri>qemu:///system</uri>
 *     <driver>QEMU</driver>
 *     ...
 *   </run>
 *   <scenarios>
 *     <scenario id="domain.persistent-lifecycle" status="fail" duration-ms="1234">
 *       <group>domain</group>
 *       <message>expected the domain to be running but it is shut off</message>
 *       <details>java.lang.AssertionError: ...</details>
 *     </scenario>
 *     <scenario id="domain.save-restore" status="known-fail" duration-ms="2500">
 *       <message>...</message>
 *       <known reason="save fails on QEMU 8.2" bug="https://..." entry="conf/known-broken/qemu.yml:3"/>
 *       <attachment name="tck-save.xml">&lt;domain type='qemu'&gt;...</attachment>
 *     </scenario>
 *   </scenarios>
 * </tck-report>
 * }</pre>
 * {@link ReportXmlReader} reads it back to an equal {@code Report}, except for characters that XML 1.0
 * cannot hold, which are written as visible <code>&#92;uXXXX</code> escapes.
 */
public final class ReportXmlWriter {

    private final Clock clock;

    /** @param clock gives the {@code generated} instant */
    public ReportXmlWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Writes {@code report} to {@code out}, which must encode UTF-8; flushes, does not close. */
    public void write(Report report, Writer out) throws IOException {
        XmlOutput xml = new XmlOutput(out);
        xml.declaration();
        xml.start(ReportXmlSchema.ROOT)
                .attribute("xmlns", ReportXmlSchema.NAMESPACE)
                .attribute("format-version", ReportXmlSchema.FORMAT_VERSION)
                .attribute("generated", instant(clock.instant()));
        writeRun(xml, report.run());
        xml.start("scenarios");
        for (ScenarioResult s : report.scenarios()) {
            writeScenario(xml, s);
        }
        xml.end();
        xml.end();
        xml.finish();
    }

    private static void writeRun(XmlOutput xml, RunInfo run) throws IOException {
        xml.start("run")
                .attribute("start", instant(run.start()))
                .attribute("end", instant(run.end()))
                .attribute("complete", Boolean.toString(run.complete()));
        xml.textElement("uri", run.uri());
        xml.textElement("driver", run.driver());
        xml.textElement("library-version", run.libraryVersion());
        xml.textElement("daemon-version", run.daemonVersion());
        xml.textElement("hypervisor-type", run.hypervisorType());
        xml.textElement("hypervisor-version", run.hypervisorVersion());
        xml.textElement("host-arch", run.hostArch());
        xml.textElement("os-name", run.osName());
        xml.textElement("os-version", run.osVersion());
        xml.textElement("host-name", run.hostName());
        xml.textElement("kit-version", run.kitVersion());
        xml.textElement("guest-domain-type", run.guestDomainType());
        xml.textElement("guest-finding", run.guestFinding());
        xml.end();
    }

    private static void writeScenario(XmlOutput xml, ScenarioResult s) throws IOException {
        xml.start("scenario")
                .attribute("id", s.id())
                .attribute("status", s.status().xmlName())
                .attribute("duration-ms", Long.toString(s.duration().toMillis()));
        for (String group : s.groups()) {
            xml.textElement("group", group);
        }
        xml.textElement("message", s.message());
        xml.textElement("details", s.details());
        if (s.known() != null) {
            xml.start("known")
                    .attribute("reason", s.known().reason())
                    .attribute("bug", s.known().bug())
                    .attribute("entry", s.known().entry())
                    .end();
        }
        for (Attachment a : s.attachments()) {
            xml.start("attachment").attribute("name", a.name()).text(a.text()).end();
        }
        xml.end();
    }

    /** ISO-8601 in UTC, as {@link Instant#toString()} gives it; {@code null} stays {@code null}. */
    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
