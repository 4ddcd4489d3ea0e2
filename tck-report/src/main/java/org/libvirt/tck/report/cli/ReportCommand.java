package org.libvirt.tck.report.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.libvirt.tck.report.known.KnownBroken;
import org.libvirt.tck.report.known.KnownBrokenException;
import org.libvirt.tck.report.xml.ReportFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bin/libvirt-tck-report}: compares runs, applies and extends the known-broken database, and
 * writes HTML pages of reports.
 *
 * <pre>{@code
 * int exit = ReportCommand.run(out, err, "diff", "old/report.xml", "new/report.xml");
 * int exit = ReportCommand.run(out, err, "filter", "report.xml", "--known-broken", "conf/known-broken");
 * }</pre>
 */
@Command(name = "libvirt-tck-report", mixinStandardHelpOptions = true, versionProvider = ReportCommand.Version.class,
        description = "Compares libvirt TCK reports, applies the known-broken database, writes HTML.",
        subcommands = {DiffCommand.class, FilterCommand.class, MarkCommand.class, HtmlCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing unexpected (no regression, no unexpected failure), or the output was written",
            "1:diff: a regression; filter: unexpected failures remain",
            "2:bad command line, missing or unreadable report, malformed known-broken entry; nothing written",
            "4:internal error of the tool"})
public final class ReportCommand implements Runnable {

    /** The environment variable that names the known-broken database when --known-broken is not given. */
    public static final String KNOWN_BROKEN_ENV = KnownBroken.ENV;

    /** The system property bin/libvirt-tck-report sets to the kit's folder, for its conf/known-broken. */
    public static final String HOME_PROPERTY = KnownBroken.HOME_PROPERTY;

    static final int OK = 0;
    static final int UNEXPECTED = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 4;

    PrintWriter out;
    PrintWriter err;
    Map<String, String> environment = System.getenv();
    Clock clock = Clock.systemUTC();

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the command line {@code args}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, System.getenv(), Clock.systemUTC(), args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)} with the environment and clock given (for tests). */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> environment, Clock clock,
            String... args) {
        ReportCommand command = new ReportCommand();
        command.out = out;
        command.err = err;
        command.environment = environment;
        command.clock = clock;
        CommandLine cli = new CommandLine(command);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("libvirt-tck-report: " + e.getMessage());
            String sub = e.getCommandLine() == cli ? "" : " " + e.getCommandLine().getCommandName();
            err.println("Try 'libvirt-tck-report" + sub + " --help' for the options.");
            err.flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            if (e instanceof BadInput || e instanceof ReportFormatException || e instanceof KnownBrokenException) {
                err.println("libvirt-tck-report: " + e.getMessage());
                err.flush();
                return USAGE;
            }
            if (e instanceof FileSystemException f) {
                err.println("libvirt-tck-report: " + (f.getReason() == null
                        ? "cannot use " + f.getFile() + ": " + f.getClass().getSimpleName() : f.getMessage()));
                err.flush();
                return USAGE;
            }
            if (e instanceof IOException io) {
                err.println("libvirt-tck-report: " + io.getMessage());
                err.flush();
                return USAGE;
            }
            err.println("libvirt-tck-report: internal error: " + e);
            err.flush();
            return INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "expected a command: diff, filter, mark or html");
    }

    /**
     * The known-broken database: {@code --known-broken}, else {@value #KNOWN_BROKEN_ENV}, else the kit's
     * {@code conf/known-broken}; a default that does not exist is an empty database.
     */
    Path knownBrokenPath(Path option) {
        return KnownBroken.locate(option, environment);
    }

    KnownBroken knownBroken(Path option) throws KnownBrokenException {
        return KnownBroken.locateAndLoad(option, environment);
    }

    /** Bad input that has its own one-line message. */
    static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    /** The version from the jar manifest. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ReportCommand.class.getPackage().getImplementationVersion();
            return new String[] {"libvirt-tck-report " + (v == null ? "development" : v)};
        }
    }
}
