package org.libvirt.tck.suites.cli;

import static org.testng.Assert.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.libvirt.tck.core.connect.TckConnection;
import org.libvirt.tck.core.host.TckObjects;
import org.testng.SkipException;

/** The kit as a separate process on a live driver, for the tests that signal, kill or restart things under it. */
final class KitProcess {

    static final String QEMU = "qemu:///system";

    private KitProcess() {
    }

    /** Skips the calling test unless {@code LIBVIRT_TCK_LIVE_URIS} names {@code uri}. */
    static void requireLive(String uri) {
        if (!System.getenv().getOrDefault("LIBVIRT_TCK_LIVE_URIS", "").contains(uri)) {
            throw new SkipException("needs " + uri + " in LIBVIRT_TCK_LIVE_URIS (bin/libvirt-tck-selftest sets it)");
        }
    }

    /** Starts {@code libvirt-tck --uri URI --force --output OUTPUT ARGS...} with this JVM's class path. */
    static Process start(String uri, Path output, Path log, String... args) throws Exception {
        List<String> forced = new ArrayList<>(List.of("--force"));
        forced.addAll(List.of(args));
        return startUnforced(uri, output, log, forced.toArray(String[]::new));
    }

    /** Starts {@code libvirt-tck --uri URI --output OUTPUT ARGS...}: it refuses to run if the host has tck objects. */
    static Process startUnforced(String uri, Path output, Path log, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.libvirt.tck.suites.cli.LibvirtTckCommand", "--uri", uri, "--output", output.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits up to a minute until the kit has created an object on the host: it is then mid-scenario. */
    static void awaitTckObject(TckConnection conn) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (TckObjects.find(conn.libvirt()).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertFalse(TckObjects.find(conn.libvirt()).isEmpty(), "the kit created an object within 60 s");
    }
}
