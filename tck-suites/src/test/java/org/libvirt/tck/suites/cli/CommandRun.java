package org.libvirt.tck.suites.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One in-process run of {@code libvirt-tck} with what it printed. */
record CommandRun(int exit, String out, String err) {

    static CommandRun of(String... args) {
        return withEnvironment(Map.of(), args);
    }

    static CommandRun withEnvironment(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LibvirtTckCommand.run(new PrintWriter(out), new PrintWriter(err), env, args);
        return new CommandRun(exit, out.toString(), err.toString());
    }

    /** The lines written to stderr. */
    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\n");
    }
}
