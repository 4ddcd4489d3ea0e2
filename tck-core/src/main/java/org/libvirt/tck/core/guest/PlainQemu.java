package org.libvirt.tck.core.guest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A TCK guest run with plain {@code qemu-system-x86_64} (no libvirt): TCG, no network, no display, the agent
 * channel on a unix socket and the serial console in a file, both in {@code workDir}.
 *
 * <pre>{@code
 * try (PlainQemu qemu = PlainQemu.boot(image.kernel(), image, Optional.of(checksDir), workDir)) {
 *     GuestSession session = GuestSession.connect(qemu.socket(), qemu.consoleLog(), Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class PlainQemu implements AutoCloseable {

    /** The emulator; guests use TCG because nested KVM can hang guest kernels. */
    public static final String QEMU = "qemu-system-x86_64";

    private final Process process;
    private final Path socket;
    private final Path consoleLog;
    private final Path qemuLog;

    private PlainQemu(Process process, Path socket, Path consoleLog, Path qemuLog) {
        this.process = process;
        this.socket = socket;
        this.consoleLog = consoleLog;
        this.qemuLog = qemuLog;
    }

    /** Whether {@value #QEMU} is on the PATH. */
    public static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, QEMU))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts QEMU on {@code kernel} (the image's vmlinux or bzImage) and the image's initramfs.
     *
     * @param checks a folder to share read-only as {@code tckchecks}, the agent's {@code /checks}
     */
    public static PlainQemu boot(Path kernel, GuestImage image, Optional<Path> checks, Path workDir)
            throws IOException {
        return boot(kernel, image, checks, workDir, null);
    }

    /**
     * As {@link #boot(Path, GuestImage, Optional, Path)}, on the machine type {@code machine} (such as
     * {@code pc-i440fx-7.2}, what libvirt chose for a domain), or QEMU's default when null.
     */
    public static PlainQemu boot(Path kernel, GuestImage image, Optional<Path> checks, Path workDir, String machine)
            throws IOException {
        Path socket = workDir.resolve("agent.sock");
        Path consoleLog = workDir.resolve("console.log");
        Path qemuLog = workDir.resolve("qemu.log");
        Files.deleteIfExists(socket);
        List<String> command = new ArrayList<>(List.of(QEMU, "-accel", "tcg", "-m", "256",
                "-kernel", kernel.toString(), "-initrd", image.initramfs().toString(),
                "-append", image.cmdline() + " quiet",
                "-chardev", "socket,id=agent,path=" + socket + ",server=on,wait=off",
                "-device", "virtio-serial",
                "-device", "virtserialport,chardev=agent,name=" + AgentProtocol.PORT_NAME,
                "-serial", "file:" + consoleLog,
                "-display", "none", "-nodefaults", "-no-reboot", "-nic", "none"));
        if (machine != null) {
            command.addAll(List.of("-machine", machine));
        }
        if (checks.isPresent()) {
            command.addAll(List.of("-virtfs", "local,path=" + checks.get() + ",mount_tag=" + AgentProtocol.CHECKS_TAG
                    + ",security_model=none,readonly=on"));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(qemuLog.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        return new PlainQemu(process, socket, consoleLog, qemuLog);
    }

    /** The host end of the agent channel. */
    public Path socket() {
        return socket;
    }

    /** The guest's serial console. */
    public Path consoleLog() {
        return consoleLog;
    }

    /** QEMU's own output, which explains a QEMU that exited at once. */
    public String qemuOutput() {
        try {
            return Files.exists(qemuLog) ? Files.readString(qemuLog) : "";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Whether QEMU is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills QEMU (SIGTERM, then SIGKILL after five seconds) and waits for it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
