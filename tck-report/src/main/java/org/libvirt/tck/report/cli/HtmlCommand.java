package org.libvirt.tck.report.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.libvirt.tck.report.html.HtmlReportWriter;
import org.libvirt.tck.report.io.AtomicFiles;
import org.libvirt.tck.report.xml.ReportXmlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code libvirt-tck-report html REPORT.xml... -o FILE}: a self-contained HTML page. */
@Command(name = "html", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes one report as an HTML page, or several as a matrix of scenarios by runs.")
final class HtmlCommand implements Callable<Integer> {

    @ParentCommand
    ReportCommand parent;

    @Parameters(paramLabel = "REPORT.xml", arity = "1..*", description = "report.xml files, one column each")
    List<Path> reports;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "the HTML file to write")
    Path output;

    @Override
    public Integer call() throws Exception {
        List<HtmlReportWriter.Named> read = new ArrayList<>();
        for (Path p : reports) {
            read.add(new HtmlReportWriter.Named(p.toString(), ReportXmlReader.read(p)));
        }
        HtmlReportWriter html = new HtmlReportWriter(parent.clock);
        AtomicFiles.write(output, w -> {
            if (read.size() == 1) {
                html.write(read.get(0).report(), w);
            } else {
                html.writeMatrix(read, w);
            }
        });
        parent.out.println("wrote " + output);
        return ReportCommand.OK;
    }
}
