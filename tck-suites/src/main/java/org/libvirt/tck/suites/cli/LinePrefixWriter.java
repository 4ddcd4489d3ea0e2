package org.libvirt.tck.suites.cli;

import java.io.PrintWriter;
import java.io.Writer;

/** Writes whole lines to a shared writer, each behind a prefix, so that concurrent targets' output stays readable. */
final class LinePrefixWriter extends Writer {

    private final PrintWriter shared;
    private final String prefix;
    private final StringBuilder line = new StringBuilder();

    LinePrefixWriter(PrintWriter shared, String prefix) {
        this.shared = shared;
        this.prefix = prefix;
    }

    static PrintWriter around(PrintWriter shared, String prefix) {
        return new PrintWriter(new LinePrefixWriter(shared, prefix), true);
    }

    @Override
    public synchronized void write(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (buf[i] == '\n') {
                emit();
            } else {
                line.append(buf[i]);
            }
        }
    }

    private void emit() {
        synchronized (shared) {
            shared.println(line.length() == 0 ? prefix.stripTrailing() : prefix + line);
            shared.flush();
        }
        line.setLength(0);
    }

    @Override
    public synchronized void flush() {
        shared.flush();
    }

    @Override
    public synchronized void close() {
        if (line.length() > 0) {
            emit();
        }
    }
}
