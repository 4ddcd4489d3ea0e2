package org.libvirt.tck.core.guest;

import java.util.Objects;

/**
 * The outcome of one check script the guest ran from its {@code /checks} share.
 *
 * @param name     the script's file name
 * @param exitCode its exit status: 0 pass, {@value #SKIP_EXIT_CODE} skip, anything else fail
 * @param output   its standard output and standard error
 */
public record CheckResult(String name, int exitCode, String output) {

    /** The exit status with which a check says it does not apply (as in automake's test harness). */
    public static final int SKIP_EXIT_CODE = 77;

    /** What a check's exit status means. */
    public enum Status { PASS, SKIP, FAIL }

    public CheckResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(output, "output");
    }

    /** The status the exit code stands for. */
    public Status status() {
        if (exitCode == 0) {
            return Status.PASS;
        }
        return exitCode == SKIP_EXIT_CODE ? Status.SKIP : Status.FAIL;
    }
}
