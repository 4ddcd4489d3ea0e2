package org.libvirt.tck.report.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.libvirt.tck.report.diff.DiffTextWriter;
import org.libvirt.tck.report.diff.DiffXmlWriter;
import org.libvirt.tck.report.diff.ReportDiff;
import org.libvirt.tck.report.html.HtmlDiffWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code libvirt-tck-report diff OLD.xml NEW.xml}: what changed between two runs. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compares two runs scenario by scenario: regressions, fixes, new, removed, still failing, "
                + "changed. Exit 1 when there is a regression.")
final class DiffCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, xml, html }

    @ParentCommand
    ReportCommand parent;

    @Parameters(index = "0", paramLabel = "OLD.xml", description = "the earlier run's report.xml")
    Path oldReport;

    @Parameters(index = "1", paramLabel = "NEW.xml", description = "the later run's report.xml")
    Path newReport;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), xml or html")
    Format format = Format.text;

    @Option(names = "--allow-mismatch",
            description = "compare runs of different drivers, OSes or architectures instead of refusing")
    boolean allowMismatch;

    @Override
    public Integer call() throws Exception {
        ReportDiff diff = ReportDiff.compare(oldReport, newReport);
        Optional<String> mismatch = diff.mismatch();
        if (mismatch.isPresent() && !allowMismatch) {
            throw new ReportCommand.BadInput("refusing to compare: " + mismatch.get()
                    + "; pass --allow-mismatch to compare them anyway");
        }
        switch (format) {
            case xml -> new DiffXmlWriter(parent.clock).write(diff, parent.out);
            case html -> new HtmlDiffWriter(parent.clock).write(diff, parent.out);
            default -> new DiffTextWriter().write(diff, parent.out);
        }
        return diff.hasRegressions() ? ReportCommand.UNEXPECTED : ReportCommand.OK;
    }
}
