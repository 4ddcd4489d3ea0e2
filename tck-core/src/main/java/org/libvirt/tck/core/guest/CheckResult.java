package org.libvirt.tck.core.guest;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one check script the guest ran from its {@code /checks} share.
 *
 * <p>A script whose output is TAP ({@link TapParser#isTap(String)}: it has a plan line {@code 1..N}) is judged
 * by its TAP as well as by its exit code; any other script by its exit code alone.
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

    /**
     * What the script's result is: SKIP for exit code {@value #SKIP_EXIT_CODE}; for TAP output, PASS when it
     * exited with 0 and its TAP {@linkplain TapReport#passed() passed}, SKIP when it exited with 0 and planned
     * {@code 1..0}, else FAIL; for plain output, PASS for exit code 0 and FAIL for any other.
     */
    public Status status() {
        if (exitCode == SKIP_EXIT_CODE) {
            return Status.SKIP;
        }
        Optional<TapReport> tap = tap();
        if (exitCode != 0 || tap.isPresent() && !tap.get().passed()) {
            return Status.FAIL;
        }
        return tap.isPresent() && tap.get().skippedAll() ? Status.SKIP : Status.PASS;
    }

    /** The script's output read as TAP, or empty when it is plain output. */
    public Optional<TapReport> tap() {
        return TapParser.parse(output);
    }

    /** The script's name without its extension: {@code 20-memory} for {@code 20-memory.sh}. */
    public String baseName() {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
