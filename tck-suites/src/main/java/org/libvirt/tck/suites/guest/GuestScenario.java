package org.libvirt.tck.suites.guest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.libvirt.Domain;
import org.libvirt.DomainInfo.DomainState;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.guest.ExecResult;
import org.libvirt.tck.core.guest.GuestAgentException;
import org.libvirt.tck.core.guest.GuestImage;
import org.libvirt.tck.core.guest.GuestImageException;
import org.libvirt.tck.core.guest.GuestSession;
import org.libvirt.tck.domainbuilder.domain.DomainBuilder;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.Unsupported;
import org.testng.SkipException;

/**
 * Base of the scenarios that boot the kit's guest (kernel, busybox initramfs, agent) and check from inside it.
 *
 * <p>The API half of every scenario runs on every driver; {@link #agentOf(Domain, String)} is where the guest half
 * starts, and on the test driver, which runs no guest OS, that half is reported as unsupported.
 */
abstract class GuestScenario extends Scenario {

    /** The virtio-serial port the agent listens on. */
    static final String AGENT_PORT = GuestDomain.AGENT_PORT;
    /** How long a guest may take from start to its agent's first answer (TCG on a busy host included). */
    static final Duration BOOT_TIMEOUT = Duration.ofSeconds(120);

    /** A domain that boots the prepared guest, with its console logged to a file and its agent on a socket. */
    static DomainBuilder guest(String name) {
        String kernel = "/nonexistent/vmlinux";
        String initrd = "/nonexistent/initramfs";
        String cmdline = "console=ttyS0";
        Optional<GuestImage> image = onTestDriver() ? Optional.empty() : image();
        if (image.isPresent()) {
            kernel = image.get().kernel().toString();
            initrd = image.get().initramfs().toString();
            cmdline = image.get().cmdline();
        }
        return GuestDomain.of(domain(name), kernel, initrd, cmdline, consoleLog(name), GuestDomain.socketFor(name));
    }

    /**
     * The agent of a started guest, once it announced itself; the guest half of a scenario starts here.
     *
     * @throws Unsupported on the test driver, which runs no guest operating system
     */
    static GuestSession agentOf(Domain dom, String name) {
        if (onTestDriver()) {
            throw new Unsupported("the test driver runs no guest operating system: the guest half of this "
                    + "scenario cannot be checked");
        }
        GuestSession session = GuestSession.connect(GuestDomain.liveSocket(dom), consoleLog(name), BOOT_TIMEOUT);
        try {
            session.waitReady(BOOT_TIMEOUT);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /** Runs a command that must succeed in the guest and returns its output without the trailing newline. */
    static String run(GuestSession agent, String command) {
        ExecResult result = agent.exec(command);
        if (result.exitCode() != 0) {
            throw new AssertionError("expected '" + command + "' to succeed in the guest, but it exited with "
                    + result.exitCode() + ": " + result.output());
        }
        return result.output().strip();
    }

    /** The boot id of the guest's running kernel. */
    static String bootId(GuestSession agent) {
        return run(agent, "cat /proc/sys/kernel/random/boot_id");
    }

    /** Seconds since the guest's kernel booted. */
    static double uptime(GuestSession agent) {
        return Double.parseDouble(run(agent, "cut -d' ' -f1 /proc/uptime"));
    }

    /** Waits until the agent answers from a kernel with another boot id than {@code before}. */
    static String awaitNewBoot(GuestSession agent, String before, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                agent.waitReady(Duration.ofSeconds(5));
                String now = bootId(agent);
                if (!now.equals(before)) {
                    return now;
                }
            } catch (GuestAgentException e) {
                // Rebooting: the agent is not there yet.
            }
            sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("expected the guest to boot again within " + timeout.toSeconds()
                + " s, but its agent still reports boot id " + before + " or does not answer");
    }

    /** Waits until the domain reaches {@code state}, or fails saying which state it stayed in. */
    static void awaitState(Domain dom, DomainState state, Duration timeout) throws LibvirtException {
        Instant deadline = Instant.now().plus(timeout);
        DomainState now = dom.getInfo().state;
        while (now != state && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(200));
            now = dom.getInfo().state;
        }
        if (now != state) {
            throw new AssertionError("expected domain " + dom.getName() + " to reach " + state + " within "
                    + timeout.toSeconds() + " s, but it is " + now);
        }
    }

    static Path consoleLog(String name) {
        return sandbox().scratchPath(name + ".console.log");
    }

    private static Optional<GuestImage> image() {
        try {
            Optional<GuestImage> image = GuestImage.prepared(tck().config().scratchDir());
            if (image.isEmpty()) {
                throw new SkipException("needs the guest image in " + tck().config().scratchDir() + ": "
                        + GuestImage.PREPARE_HINT);
            }
            return image;
        } catch (GuestImageException e) {
            throw new IllegalStateException("the prepared guest image is unusable: " + e.getMessage()
                    + "; run bin/libvirt-tck-prepare again", e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
