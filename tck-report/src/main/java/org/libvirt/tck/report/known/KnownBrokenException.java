package org.libvirt.tck.report.known;

/**
 * A known-broken database that cannot be used: a file that is missing or not YAML, or an entry that is
 * not as the format says. The message is one line, {@code file:line: entry N: problem; what to do}.
 *
 * <pre>{@code
 * try {
 *     KnownBroken db = KnownBroken.load(Path.of("conf/known-broken"));
 * } catch (KnownBrokenException e) {
 *     err.println(e.getMessage());   // conf/known-broken/qemu.yml:12: entry 3: unknown key 'scenrio'; ...
 * }
 * }</pre>
 */
public final class KnownBrokenException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    /**
     * @param source  the file, as the user named it
     * @param line    the 1-based line, or -1 when the problem is not at a line
     * @param problem what was expected, what was found and what to do
     */
    public KnownBrokenException(String source, int line, String problem) {
        this(source, line, problem, null);
    }

    public KnownBrokenException(String source, int line, String problem, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.source = source;
        this.line = line;
    }

    /** The file, as the user named it. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or -1. */
    public int line() {
        return line;
    }
}
