package org.libvirt.tck.report.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What was tested, where and when: the connection, the versions involved and the host platform.
 *
 * <p>Every string but {@code uri} may be {@code null} where it is unknown, for example when the daemon
 * could not be asked. Versions are dotted strings as libvirt prints them ({@code "9.0.0"}).
 *
 * <pre>{@code
 * RunInfo run = new RunInfo("qemu:///system", "QEMU", "9.0.0", "9.0.0", "QEMU", "8.2.2",
 *         "x86_64", "Linux", "6.8.0", "build1", "0.1.0", start, null, false);   // still running
 * RunInfo done = run.finished(clock.instant(), true);
 * }</pre>
 *
 * @param uri               the libvirt connection URI, e.g. {@code qemu:///system}; required
 * @param driver            the driver name, e.g. {@code QEMU}
 * @param libraryVersion    the version of the libvirt library the kit ran against
 * @param daemonVersion     the version of the libvirt daemon behind the URI
 * @param hypervisorType    the hypervisor as libvirt names it, e.g. {@code QEMU}
 * @param hypervisorVersion the hypervisor's version
 * @param hostArch          the host architecture, e.g. {@code x86_64}
 * @param osName            the host operating system, e.g. {@code Linux}
 * @param osVersion         the host operating system's version
 * @param hostName          the host's name
 * @param kitVersion        the version of this TCK
 * @param start             when the run started; required
 * @param end               when the run ended, {@code null} while it is running
 * @param complete          whether every selected scenario got a result; {@code false} for an interrupted run
 * @param guestDomainType   the {@code <domain type=...>} the run's guests used, e.g. {@code qemu} or {@code kvm}
 * @param guestFinding      how that type was chosen, in words (a KVM probe's outcome, say)
 */
public record RunInfo(
        String uri,
        String driver,
        String libraryVersion,
        String daemonVersion,
        String hypervisorType,
        String hypervisorVersion,
        String hostArch,
        String osName,
        String osVersion,
        String hostName,
        String kitVersion,
        Instant start,
        Instant end,
        boolean complete,
        String guestDomainType,
        String guestFinding) {

    public RunInfo {
        Objects.requireNonNull(uri,
                "RunInfo.uri: expected the libvirt connection URI, e.g. qemu:///system, but found null");
        Objects.requireNonNull(start,
                "RunInfo.start: expected the instant the run started but found null");
    }

    /** A run whose guests' domain type is not recorded (reports written before it was). */
    public RunInfo(String uri, String driver, String libraryVersion, String daemonVersion, String hypervisorType,
            String hypervisorVersion, String hostArch, String osName, String osVersion, String hostName,
            String kitVersion, Instant start, Instant end, boolean complete) {
        this(uri, driver, libraryVersion, daemonVersion, hypervisorType, hypervisorVersion, hostArch, osName,
                osVersion, hostName, kitVersion, start, end, complete, null, null);
    }

    /** This run with its end set, as the runner records it when the last scenario is done. */
    public RunInfo finished(Instant end, boolean complete) {
        return new RunInfo(uri, driver, libraryVersion, daemonVersion, hypervisorType, hypervisorVersion,
                hostArch, osName, osVersion, hostName, kitVersion, start, end, complete, guestDomainType,
                guestFinding);
    }

    /** This run with the domain type its guests use and how it was chosen. */
    public RunInfo withGuests(String domainType, String finding) {
        return new RunInfo(uri, driver, libraryVersion, daemonVersion, hypervisorType, hypervisorVersion,
                hostArch, osName, osVersion, hostName, kitVersion, start, end, complete, domainType, finding);
    }
}
