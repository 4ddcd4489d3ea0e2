package org.libvirt.tck.suites.run;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.libvirt.tck.core.connect.LibvirtCall;
import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.report.model.RunInfo;
import org.libvirt.tck.suites.scenario.TckRuntime;

/** Reads what a report records of the run's driver and platform: versions, arch, OS, host name. */
public final class RunInfoProbe {

    private RunInfoProbe() {
    }

    /** The run's description as it starts; {@code end} is set when it finishes. */
    public static RunInfo probe(TckRuntime runtime, String kitVersion, Instant start) {
        TckConnection conn = runtime.connection();
        String uri = LibvirtCall.call(() -> conn.libvirt().getURI());
        Map<String, String> os = isLocal(uri) ? osRelease(Path.of("/etc/os-release")) : Map.of();
        return new RunInfo(uri, TckRuntime.driverOf(uri), TckConnection.libraryVersion(), conn.daemonVersion(),
                conn.hypervisorType(), conn.hypervisorVersion(), runtime.capabilities().host().arch(),
                os.get("ID"), os.get("VERSION_ID"), LibvirtCall.call(() -> conn.libvirt().getHostName()),
                kitVersion, start, null, false);
    }

    /** Whether the URI's driver runs on this machine (no host part), so that this machine's OS is the host's. */
    static boolean isLocal(String uri) {
        try {
            String host = URI.create(uri).getHost();
            return host == null || host.isEmpty() || host.equals("localhost");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The {@code KEY=value} pairs of an os-release file; empty when it cannot be read. */
    static Map<String, String> osRelease(Path file) {
        Map<String, String> values = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return values;
        }
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim().replaceAll("^\"|\"$", ""));
            }
        }
        return values;
    }
}
