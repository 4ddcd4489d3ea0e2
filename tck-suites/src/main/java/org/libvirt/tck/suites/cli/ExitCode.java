package org.libvirt.tck.suites.cli;

/** The exit codes of {@code bin/libvirt-tck}, as documented in the README and {@code --help}. */
public enum ExitCode {
    /** Every scenario ended as expected: pass, skip or unsupported. */
    OK(0),
    /** At least one scenario failed or ended in error. */
    UNEXPECTED(1),
    /** Bad command line, configuration, URI or output folder; nothing ran. */
    USAGE(2),
    /** The host already has {@code tck} objects and {@code --force} was not given; nothing ran. */
    UNSAFE_HOST(3),
    /** The kit itself broke; the one-line message says where. */
    INTERNAL(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
