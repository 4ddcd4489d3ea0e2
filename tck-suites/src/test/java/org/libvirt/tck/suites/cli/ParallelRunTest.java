package org.libvirt.tck.suites.cli;

import static org.testng.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.libvirt.tck.report.model.Report;
import org.libvirt.tck.report.model.ScenarioResult;
import org.libvirt.tck.report.model.Status;
import org.libvirt.tck.report.xml.ReportXmlReader;
import org.testng.annotations.Test;

/** {@code --jobs 4} gives the statuses of a serial run, every time. */
public class ParallelRunTest {

    private static Map<String, Status> statuses(String... args) throws Exception {
        Path out = Files.createTempDirectory("tck-jobs");
        String[] all = new String[args.length + 2];
        all[0] = "--output";
        all[1] = out.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CommandRun run = CommandRun.of(all);
        assertEquals(run.exit(), 0, run.out() + run.err());
        Report report = ReportXmlReader.read(out.resolve("report.xml"));
        Map<String, Status> byId = new TreeMap<>();
        for (ScenarioResult r : report.scenarios()) {
            byId.put(r.id(), r.status());
        }
        return byId;
    }

    @Test
    public void fourJobsGiveTheSameStatusesAsASerialRunTwentyTimesOver() throws Exception {
        Map<String, Status> serial = statuses();
        for (int i = 0; i < 20; i++) {
            assertEquals(statuses("--jobs", "4"), serial, "parallel run " + (i + 1));
        }
    }

    @Test
    public void jobsBelowOneIsAUsageError() {
        CommandRun run = CommandRun.of("--jobs", "0", "--list");
        assertEquals(run.exit(), 2);
        assertEquals(run.errLines()[0], "libvirt-tck: --jobs must be at least 1, found 0");
    }
}
