package org.libvirt.tck.report.diff;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.libvirt.tck.report.internal.XmlOutput;
import org.libvirt.tck.report.model.RunInfo;

/**
 * Writes a {@link ReportDiff} as XML for tools: both runs, the totals, then one element per change.
 *
 * <pre>{@code
 * new DiffXmlWriter(Clock.systemUTC()).write(diff, out);
 * }</pre>
 *
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <tck-diff xmlns="urn:libvirt-tck:diff:1" format-version="1" generated="2024-05-02T08:00:00Z">
 *   <run side="old" report="old/report.xml" uri="qemu:///system" driver="QEMU" library-version="9.0.0" .../>
 *   <run side="new" report="new/report.xml" .../>
 *   <totals regression="1" fix="0" new="0" removed="0" still-failing="0" changed="0" unchanged="12"/>
 *   <change kind="regression" id="domain.save-restore" old="pass" new="fail">
 *     <message>expected the domain to be running after restore but it is shut off</message>
 *   </change>
 *   <change kind="still-failing" id="domain.x" old="known-fail" new="known-fail">
 *     <known reason="..." bug="https://..." entry="conf/known-broken/qemu.yml:3"/>
 *   </change>
 * </tck-diff>
 * }</pre>
 * Run attributes that are unknown are left out; so are {@code old} of a new scenario and {@code new} of a
 * removed one.
 */
public final class DiffXmlWriter {

    /** The namespace of the diff document. */
    public static final String NAMESPACE = "urn:libvirt-tck:diff:1";

    private final Clock clock;

    /** @param clock gives the {@code generated} instant */
    public DiffXmlWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Writes {@code diff} to {@code out}, which must encode UTF-8; flushes, does not close. */
    public void write(ReportDiff diff, Writer out) throws IOException {
        XmlOutput xml = new XmlOutput(out);
        xml.declaration();
        xml.start("tck-diff").attribute("xmlns", NAMESPACE).attribute("format-version", "1")
                .attribute("generated", clock.instant().toString());
        run(xml, "old", diff.oldName(), diff.oldRun());
        run(xml, "new", diff.newName(), diff.newRun());
        xml.start("totals");
        for (Map.Entry<ChangeKind, Integer> e : diff.counts().entrySet()) {
            xml.attribute(e.getKey().xmlName(), Integer.toString(e.getValue()));
        }
        xml.attribute("unchanged", Integer.toString(diff.unchanged())).end();
        for (Change c : diff.changes()) {
            xml.start("change").attribute("kind", c.kind().xmlName()).attribute("id", c.id())
                    .attribute("old", c.before() == null ? null : c.before().xmlName())
                    .attribute("new", c.after() == null ? null : c.after().xmlName());
            xml.textElement("message", c.message());
            if (c.known() != null) {
                xml.start("known").attribute("reason", c.known().reason()).attribute("bug", c.known().bug())
                        .attribute("entry", c.known().entry()).end();
            }
            xml.end();
        }
        xml.end();
        xml.finish();
    }

    private static void run(XmlOutput xml, String side, String name, RunInfo run) throws IOException {
        xml.start("run").attribute("side", side).attribute("report", name)
                .attribute("uri", run.uri())
                .attribute("driver", run.driver())
                .attribute("library-version", run.libraryVersion())
                .attribute("daemon-version", run.daemonVersion())
                .attribute("hypervisor-type", run.hypervisorType())
                .attribute("hypervisor-version", run.hypervisorVersion())
                .attribute("host-arch", run.hostArch())
                .attribute("os-name", run.osName())
                .attribute("os-version", run.osVersion())
                .attribute("host-name", run.hostName())
                .attribute("kit-version", run.kitVersion())
                .attribute("start", run.start().toString())
                .end();
    }
}
