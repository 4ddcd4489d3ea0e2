package org.libvirt.tck.suites.guest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
        return guest(name, "");
    }

    /** As {@link #guest(String)}, with {@code moreCmdline} added to the kernel command line. */
    static DomainBuilder guest(String name, String moreCmdline) {
        Optional<GuestImage> image = onTestDriver() ? Optional.empty() : image();
        if (image.isEmpty()) {
            return booting(domain(name), "/nonexistent/vmlinux", "/nonexistent/initramfs", "console=ttyS0",
                    consoleLog(name), socket(name));
        }
        return booting(domain(name), image.get().kernel().toString(), image.get().initramfs().toString(),
                image.get().cmdline() + moreCmdline, consoleLog(name), socket(name));
    }

    /** {@code base} booting the prepared {@code image}, its console logged to {@code consoleLog}. */
    static DomainBuilder booting(DomainBuilder base, GuestImage image, Path consoleLog, Path socket) {
        return booting(base, image.kernel().toString(), image.initramfs().toString(), image.cmdline(), consoleLog,
                socket);
    }

    private static DomainBuilder booting(DomainBuilder base, String kernel, String initrd, String cmdline,
            Path consoleLog, Path socket) {
        return GuestDomain.of(base, kernel, initrd, cmdline, consoleLog, socket);
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
        return awaitAgent(dom, consoleLog(name), BOOT_TIMEOUT);
    }

    /**
     * Connects to a started guest's agent and waits until it announces itself, all within {@code timeout}.
     *
     * @throws GuestAgentException when it does not answer in time, or the waiting thread is interrupted
     */
    static GuestSession awaitAgent(Domain dom, Path consoleLog, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        GuestSession session = GuestSession.connect(GuestDomain.liveSocket(dom), consoleLog, timeout);
        try {
            Duration left = Duration.between(Instant.now(), deadline);
            session.waitReady(left.isNegative() ? Duration.ZERO : left);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /**
     * Waits until a started guest's agent answers, so that what follows happens to a running kernel rather than to
     * one still booting; on the test driver, which runs no guest, returns at once so that the API half still runs.
     */
    static void awaitBooted(Domain dom, String name) {
        if (!onTestDriver()) {
            agentOf(dom, name).close();
        }
    }

    /**
     * Probes until {@code done} holds for what {@code probe} returns, and returns that; fails with the last value
     * found when it does not within {@code timeout}. Hotplug and the balloon act asynchronously in the guest.
     *
     * @param expected what should happen, e.g. "the guest to see a new virtio disk"
     */
    static <T> T await(String expected, Duration timeout, Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(timeout);
        T found = probe.get();
        while (!done.test(found) && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(250));
            found = probe.get();
        }
        if (!done.test(found)) {
            throw new AssertionError("expected " + expected + " within " + timeout.toSeconds() + " s, but found "
                    + found);
        }
        return found;
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
                if (Thread.currentThread().isInterrupted()) {
                    throw e; // the scenario timed out: stop waiting
                }
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

    static Path socket(String name) {
        return GuestDomain.socketFor(name);
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
