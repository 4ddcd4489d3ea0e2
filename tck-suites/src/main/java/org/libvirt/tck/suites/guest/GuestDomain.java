package org.libvirt.tck.suites.guest;

import java.nio.file.Path;

import org.libvirt.Domain;
import org.libvirt.tck.core.connect.LibvirtCall;
import org.libvirt.tck.domainbuilder.domain.DomainBuilder;
import org.libvirt.tck.domainbuilder.domain.Feature;
import org.libvirt.tck.suites.assertions.LibvirtXml;

/**
 * The domain that boots the kit's guest image: direct kernel boot, its console logged to a file, its agent on a
 * virtio-serial channel; what every guest scenario starts, and what {@code bin/libvirt-tck-benchmark} times.
 *
 * <pre>{@code
 * String xml = GuestDomain.of(DomainBuilder.named("tck-boot").withDefaults(defaults), image.kernel().toString(),
 *         image.initramfs().toString(), image.cmdline(), consoleLog, GuestDomain.socketFor("tck-boot"))
 *         .build().toXml();
 * }</pre>
 */
public final class GuestDomain {

    /** The virtio-serial port the agent listens on. */
    public static final String AGENT_PORT = "org.libvirt.tck.agent.0";
    /** The guest's memory: the initramfs lives in it. */
    public static final long MEMORY_MIB = 256;
    /** Where QEMU, running as its own user, may create the agent's socket. */
    private static final Path SOCKET_DIR = Path.of("/var/lib/libvirt/qemu/channel/target");

    private GuestDomain() {
    }

    /**
     * {@code base} (a named builder with the run's defaults) made into the kit's guest.
     *
     * <p>Without libvirt's default USB controller, which the guest does not use. The memory balloon stays: the
     * {@code guest.memory-balloon} scenario and the {@code 40-balloon} check need it. The plain QEMU boot that
     * {@code bin/libvirt-tck-benchmark} compares with has neither, so libvirt's guest carries one device more.
     */
    public static DomainBuilder of(DomainBuilder base, String kernel, String initrd, String cmdline, Path consoleLog,
            Path agentSocket) {
        return base.withMemoryMiB(MEMORY_MIB).withFeature(Feature.ACPI).withUsbController(false)
                .withKernelBoot(kernel, initrd, cmdline + " quiet")
                .withSerialFile(consoleLog.toString())
                .withVirtioChannelUnix(agentSocket.toString(), AGENT_PORT);
    }

    /** The agent socket to ask for, for domain {@code name}; the running domain's XML says where it really is. */
    public static Path socketFor(String name) {
        return SOCKET_DIR.resolve(name + ".agent");
    }

    /** The agent socket as the running domain has it: QEMU's driver moves sockets under its channel folder. */
    public static Path liveSocket(Domain dom) {
        LibvirtXml xml = LibvirtXml.parse(LibvirtCall.call(() -> dom.getXMLDesc(0)), "the running guest");
        String path = xml.value("/domain/devices/channel[target/@name='" + AGENT_PORT + "']/source/@path");
        if (path == null || path.isEmpty()) {
            throw new AssertionError("expected the running domain's XML to keep the channel " + AGENT_PORT
                    + ", but it has none");
        }
        return Path.of(path);
    }
}
