package org.libvirt.tck.core.guest;

import java.util.Objects;

/**
 * What a command run in the guest by {@link GuestSession#exec(String)} ended with.
 *
 * @param exitCode the exit status of {@code sh} running the command
 * @param output   its standard output and standard error, interleaved as written
 */
public record ExecResult(int exitCode, String output) {

    public ExecResult {
        Objects.requireNonNull(output, "output");
    }

    /** Whether the command exited with status 0. */
    public boolean succeeded() {
        return exitCode == 0;
    }
}
