package org.libvirt.tck.suites.guest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.tck.core.connect.LibvirtError;
import org.libvirt.tck.core.guest.GuestAgentException;
import org.libvirt.tck.core.guest.GuestImage;
import org.libvirt.tck.core.guest.GuestImageException;
import org.libvirt.tck.core.guest.GuestSession;
import org.libvirt.tck.core.host.TckObject;
import org.libvirt.tck.core.host.TckObject.Kind;
import org.libvirt.tck.core.host.TckObjects;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.domainbuilder.domain.DomainBuilder;
import org.libvirt.tck.suites.guest.GuestTypeChoice.ProbeOutcome;
import org.libvirt.tck.suites.scenario.Sandbox;

/**
 * Proves that guests really run as {@code kvm}: boots the prepared guest as a transient kvm domain and waits, for a
 * bounded time, for its agent; the domain is destroyed whatever happens.
 *
 * <pre>{@code
 * ProbeOutcome outcome = KvmProbe.boot(conn, scratchDir, GuestDefaults.from(caps, "kvm"), "tck-kvm-probe",
 *         Duration.ofSeconds(20));
 * }</pre>
 *
 * <p>Capabilities that offer kvm only say that {@code /dev/kvm} opens; under nested virtualization a kvm guest's
 * kernel can still hang before it prints a line, which only a real boot shows.
 */
public final class KvmProbe {

    /** The probe domain's name after the kit's prefix: {@code tck-kvm-probe}. */
    public static final String SUFFIX = "kvm-probe";

    private KvmProbe() {
    }

    /**
     * Boots the probe guest {@code name} (a {@code tck*} name) with {@code kvm} defaults and waits at most
     * {@code timeout} for its agent; returns how far it got. Never throws for what the guest or the driver does.
     */
    public static ProbeOutcome boot(Connect conn, Path scratchDir, GuestDefaults kvm, String name, Duration timeout) {
        if (!TckObjects.isOurs(name)) {
            throw new IllegalArgumentException("the probe guest must carry the kit's prefix " + TckObjects.PREFIX
                    + ", found '" + name + "'");
        }
        GuestImage image;
        try {
            Optional<GuestImage> prepared = GuestImage.prepared(scratchDir);
            if (prepared.isEmpty()) {
                return ProbeOutcome.failed("no guest image in " + scratchDir + " (" + GuestImage.PREPARE_HINT + ")");
            }
            image = prepared.get();
        } catch (GuestImageException e) {
            return ProbeOutcome.failed("the prepared guest image is unusable: " + e.getMessage());
        }
        Path folder = Sandbox.runFolder(scratchDir);
        Path consoleLog = folder.resolve(name + ".console.log");
        try {
            Files.createDirectories(folder);
            String xml = GuestScenario.booting(DomainBuilder.named(name).withDefaults(kvm), image, consoleLog,
                    GuestScenario.socket(name)).build().toXml();
            Instant start = Instant.now();
            Domain dom = conn.domainCreateXML(xml, 0);
            try (GuestSession agent = GuestScenario.awaitAgent(dom, consoleLog, timeout)) {
                return ProbeOutcome.answered(Duration.between(start, Instant.now()));
            }
        } catch (GuestAgentException e) {
            return Thread.currentThread().isInterrupted() ? ProbeOutcome.failed("interrupted while waiting")
                    : ProbeOutcome.silent(timeout);
        } catch (LibvirtException e) {
            return ProbeOutcome.failed(LibvirtError.of(e).libvirtMessage());
        } catch (IOException | RuntimeException e) {
            return ProbeOutcome.failed(String.valueOf(e.getMessage()));
        } finally {
            TckObjects.remove(conn, List.of(TckObject.of(Kind.DOMAIN, name)));
            try {
                Files.deleteIfExists(consoleLog);
            } catch (IOException e) {
                // A console log QEMU still holds open goes with the run's scratch folder.
            }
        }
    }
}
