package org.libvirt.tck.suites.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.connect.LibvirtError;
import org.libvirt.tck.core.guest.GuestImage;
import org.libvirt.tck.core.guest.GuestSession;
import org.libvirt.tck.core.guest.PlainQemu;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.domainbuilder.domain.DomainBuilder;
import org.libvirt.tck.suites.guest.GuestDomain;
import org.libvirt.tck.suites.scenario.Sandbox;

/**
 * Boot to the agent's READY of the kit's guest, through libvirt and with {@code qemu-system-x86_64} run directly:
 * the same kernel, initramfs, command line, machine type and memory, the agent on a virtio-serial socket, TCG.
 *
 * <pre>{@code
 * BootComparison.Figures f = new BootComparison(conn, defaults, image, scratch).run(5);
 * f.libvirtMedianMillis() / f.directMedianMillis();
 * }</pre>
 *
 * <p>Rounds alternate which of the two boots first, so that a busy host slows both alike. Through libvirt the time
 * runs from {@code virDomainCreateXML} of a transient domain to READY; directly, from starting QEMU to READY.
 */
final class BootComparison {

    static final String DOMAIN = "tck-bench-boot";
    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(120);

    private final Connect conn;
    private final GuestDefaults defaults;
    private final GuestImage image;
    private final Path scratch;

    BootComparison(Connect conn, GuestDefaults defaults, GuestImage image, Path scratch) {
        this.conn = conn;
        this.defaults = defaults;
        this.image = image;
        this.scratch = scratch;
    }

    /**
     * Both boots' times of every round, in milliseconds, and how long {@code virDomainCreateXML} itself took of each
     * libvirt boot.
     */
    record Figures(List<Long> libvirt, List<Long> direct, List<Long> create) {
        long libvirtMedianMillis() {
            return median(libvirt);
        }

        long createMedianMillis() {
            return median(create);
        }

        /** The median of each round's libvirt/direct: the two boots of a round ran back to back on the same load. */
        double pairedRatio() {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < libvirt.size(); i++) {
                ratios.add((double) libvirt.get(i) / direct.get(i));
            }
            ratios.sort(null);
            return ratios.get(ratios.size() / 2);
        }

        long directMedianMillis() {
            return median(direct);
        }

        double ratio() {
            return (double) libvirtMedianMillis() / directMedianMillis();
        }

        private static long median(List<Long> millis) {
            List<Long> sorted = new ArrayList<>(millis);
            sorted.sort(null);
            return sorted.get(sorted.size() / 2);
        }
    }

    Figures run(int rounds) throws Exception {
        List<Long> libvirt = new ArrayList<>();
        List<Long> direct = new ArrayList<>();
        List<Long> create = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                libvirt.add(throughLibvirt(create));
                direct.add(directly());
            } else {
                direct.add(directly());
                libvirt.add(throughLibvirt(create));
            }
        }
        return new Figures(libvirt, direct, create);
    }

    /** The domain XML the libvirt boot uses: the guest scenarios' domain. */
    String domainXml(Path consoleLog) {
        return GuestDomain.of(DomainBuilder.named(DOMAIN).withDefaults(defaults), image.kernel().toString(),
                image.initramfs().toString(), image.cmdline(), consoleLog, GuestDomain.socketFor(DOMAIN))
                .build().toXml();
    }

    private long throughLibvirt(List<Long> create) throws Exception {
        Path work = Files.createDirectories(scratch.resolve(DOMAIN));
        Path console = work.resolve("console.log");
        String xml = domainXml(console);
        Domain dom = null;
        try {
            long start = System.nanoTime();
            dom = conn.domainCreateXML(xml, 0);
            create.add((System.nanoTime() - start) / 1_000_000);
            try (GuestSession session = GuestSession.connect(GuestDomain.liveSocket(dom), console, BOOT_TIMEOUT)) {
                session.waitReady(BOOT_TIMEOUT);
                return (System.nanoTime() - start) / 1_000_000;
            }
        } catch (LibvirtException e) {
            throw LibvirtError.of(e);
        } finally {
            if (dom != null) {
                dom.destroy();
            }
            Sandbox.removeTree(work);
        }
    }

    private long directly() throws Exception {
        Path work = Files.createDirectories(scratch.resolve("direct-qemu"));
        try {
            long start = System.nanoTime();
            try (PlainQemu qemu = PlainQemu.boot(image.kernel(), image, Optional.empty(), work, defaults.machine());
                    GuestSession session = GuestSession.connect(qemu.socket(), qemu.consoleLog(), BOOT_TIMEOUT)) {
                session.waitReady(BOOT_TIMEOUT);
                return (System.nanoTime() - start) / 1_000_000;
            }
        } finally {
            Sandbox.removeTree(work);
        }
    }
}
