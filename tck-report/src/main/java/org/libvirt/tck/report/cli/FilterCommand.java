package org.libvirt.tck.report.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.libvirt.tck.report.io.AtomicFiles;
import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.report.text.SummaryWriter;
import org.libvirt.tck.report.xml.ReportXmlReader;
import org.libvirt.tck.report.xml.ReportXmlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code libvirt-tck-report filter REPORT.xml}: the report with the known-broken database applied. */
@Command(name = "filter", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Applies the known-broken database to a report and prints it, unexpected results first. "
                + "Exit 1 when unexpected failures remain.")
final class FilterCommand implements Callable<Integer> {

    @ParentCommand
    ReportCommand parent;

    @Parameters(paramLabel = "REPORT.xml", description = "the report.xml of a run")
    Path report;

    @Option(names = "--known-broken", paramLabel = "PATH",
            description = "known-broken folder or file (default: $LIBVIRT_TCK_KNOWN_BROKEN, else the kit's "
                    + "conf/known-broken)")
    Path knownBroken;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "also write the filtered report.xml here")
    Path output;

    @Override
    public Integer call() throws Exception {
        Report applied = parent.knownBroken(knownBroken).apply(ReportXmlReader.read(report));
        if (output != null) {
            AtomicFiles.write(output, w -> new ReportXmlWriter(parent.clock).write(applied, w));
        }
        new SummaryWriter().write(unexpectedFirst(applied), parent.out);
        return applied.hasUnexpected() ? ReportCommand.UNEXPECTED : ReportCommand.OK;
    }

    /** Failures and errors, then unexpected passes, then known failures, then the rest, each in run order. */
    static Report unexpectedFirst(Report report) {
        List<ScenarioResult> sorted = new ArrayList<>(report.scenarios());
        sorted.sort(Comparator.comparingInt(s -> rank(s.status())));
        return new Report(report.run(), sorted);
    }

    private static int rank(Status s) {
        return switch (s) {
            case FAIL, ERROR -> 0;
            case UNEXPECTED_PASS -> 1;
            case KNOWN_FAIL -> 2;
            default -> 3;
        };
    }
}
