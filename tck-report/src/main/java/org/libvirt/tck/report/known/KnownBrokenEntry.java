package org.libvirt.tck.report.known;

import java.net.URI;
import org.libvirt.tck.report.model.KnownIssue;
import org.libvirt.tck.report.model.RunInfo;

/**
 * One entry of the known-broken database: which scenarios fail on which driver, platform and versions,
 * why, and where the bug is tracked.
 *
 * <pre>{@code
 * KnownBrokenEntry e = db.entries().get(0);
 * if (e.appliesTo(report.run()) && e.matchesScenario("domain.save-restore")) { ... }
 * }</pre>
 *
 * <p>Text fields other than {@code scenario} compare without regard to case. Every pattern may use
 * {@code *} and {@code ?}. A {@code null} field or range means "any".
 *
 * @param source     the file it was read from, as the user named it
 * @param line       the 1-based line where the entry starts
 * @param index      its 1-based position in the file
 * @param scenario   a scenario id or glob, e.g. {@code domain.*}
 * @param driver     a driver name or glob, e.g. {@code qemu}; compared with the run's driver and URI scheme
 * @param os         the host OS, as /etc/os-release's {@code ID} (e.g. {@code debian}), or {@code null}
 * @param osVersion  the host OS version, as /etc/os-release's {@code VERSION_ID} (e.g. {@code 12}), or {@code null}
 * @param arch       the host architecture, e.g. {@code x86_64}, or {@code null}
 * @param libvirt    the libvirt daemon versions it fails on, or {@code null}
 * @param hypervisor the hypervisor versions it fails on, or {@code null}
 * @param kind       {@link Kind#FAIL}: it always fails; {@link Kind#FLAKY}: it sometimes fails
 * @param reason     why it fails
 * @param bug        the bug report's URL, or {@code null}
 */
public record KnownBrokenEntry(
        String source,
        int line,
        int index,
        String scenario,
        String driver,
        String os,
        String osVersion,
        String arch,
        VersionRange libvirt,
        VersionRange hypervisor,
        Kind kind,
        String reason,
        URI bug) {

    /** What the entry expects of its scenarios. */
    public enum Kind {
        /** It fails every time: a pass is reported as unexpected-pass, so the entry can be removed. */
        FAIL,
        /** It fails now and then: a failure is known-fail, a pass stays a pass. */
        FLAKY;

        /** The value in the YAML file: {@code fail} or {@code flaky}. */
        public String yamlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether the entry is about this run's driver, platform and versions. */
    public boolean appliesTo(RunInfo run) {
        return matchesDriver(run)
                && optional(os, run.osName())
                && optional(osVersion, run.osVersion())
                && optional(arch, run.hostArch())
                && (libvirt == null || libvirt.contains(
                        run.daemonVersion() != null ? run.daemonVersion() : run.libraryVersion()))
                && (hypervisor == null || hypervisor.contains(run.hypervisorVersion()));
    }

    /** Whether the entry's {@code scenario} id or glob matches {@code id}. */
    public boolean matchesScenario(String id) {
        return Glob.of(scenario).matches(id);
    }

    /** What a scenario it is applied to records: reason, bug and {@code file:line}. */
    public KnownIssue issue() {
        return new KnownIssue(reason, bug == null ? null : bug.toString(), where());
    }

    /** {@code file:line}. */
    public String where() {
        return source + ":" + line;
    }

    private boolean matchesDriver(RunInfo run) {
        Glob g = Glob.ignoringCase(driver);
        return g.matches(run.driver()) || g.matches(uriDriver(run.uri()));
    }

    /** {@code qemu} for {@code qemu+ssh://host/system}; {@code null} when there is no scheme. */
    static String uriDriver(String uri) {
        int colon = uri.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String scheme = uri.substring(0, colon);
        int plus = scheme.indexOf('+');
        return plus > 0 ? scheme.substring(0, plus) : scheme;
    }

    private static boolean optional(String pattern, String value) {
        return pattern == null || Glob.ignoringCase(pattern).matches(value);
    }
}
