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
        boolean complete) {

    public RunInfo {
        Objects.requireNonNull(uri,
                "RunInfo.uri: expected the libvirt connection URI, e.g. qemu:///system, but found null");
        Objects.requireNonNull(start,
                "RunInfo.start: expected the instant the run started but found null");
    }

    /** This run with its end set, as the runner records it when the last scenario is done. */
    public RunInfo finished(Instant end, boolean complete) {
        return new RunInfo(uri, driver, libraryVersion, daemonVersion, hypervisorType, hypervisorVersion,
                hostArch, osName, osVersion, hostName, kitVersion, start, end, complete);
    }
}
