package org.libvirt.tck.report.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.libvirt.tck.report.known.KnownBrokenMarker;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.xml.ReportXmlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code libvirt-tck-report mark REPORT.xml --reason TEXT --bug URL}: records unexpected failures as known. */
@Command(name = "mark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Records the report's unexpected failures as known-broken for its driver and platform, "
                + "appending to the database without touching what is there.")
final class MarkCommand implements Callable<Integer> {

    @ParentCommand
    ReportCommand parent;

    @Parameters(paramLabel = "REPORT.xml", description = "the report.xml of a run")
    Path report;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "why these scenarios fail")
    String reason;

    @Option(names = "--bug", paramLabel = "URL", required = true, description = "http(s) URL of the bug report")
    String bug;

    @Option(names = "--known-broken", paramLabel = "PATH",
            description = "known-broken folder (entries go to <driver>-<os>-<os_version>-<arch>.yml) or file "
                    + "(default: $LIBVIRT_TCK_KNOWN_BROKEN, else the kit's conf/known-broken)")
    Path knownBroken;

    @Override
    public Integer call() throws Exception {
        if (reason.isBlank()) {
            throw new ReportCommand.BadInput("--reason: expected why the scenarios fail but found an empty text");
        }
        URI url = url(bug);
        Report read = ReportXmlReader.read(report);
        KnownBrokenMarker.Marked marked = new KnownBrokenMarker(parent.clock)
                .mark(parent.knownBrokenPath(knownBroken), read, reason.strip(), url, report.toString());
        if (marked.scenarios().isEmpty()) {
            parent.out.println("nothing to mark: " + report + " has no unexpected failure that "
                    + parent.knownBrokenPath(knownBroken) + " does not already know");
        } else {
            int n = marked.scenarios().size();
            parent.out.println("added " + n + (n == 1 ? " entry" : " entries") + " to " + marked.file() + ":");
            marked.scenarios().forEach(id -> parent.out.println("  " + id));
        }
        return ReportCommand.OK;
    }

    private static URI url(String text) throws ReportCommand.BadInput {
        try {
            URI uri = new URI(text);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Refused below.
        }
        throw new ReportCommand.BadInput("--bug: expected the http(s) URL of the bug report, e.g. "
                + "https://gitlab.com/libvirt/libvirt/-/issues/123, but found '" + text + "'");
    }
}
