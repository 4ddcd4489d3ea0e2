package org.libvirt.tck.domainbuilder.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A complete, checked domain definition as {@link DomainBuilder#build()} returns it; immutable.
 *
 * <pre>{@code
 * DomainSpec spec = DomainBuilder.named("tck-dom1").withDefaults(defaults).build();
 * conn.domainDefineXML(spec.toXml());
 * }</pre>
 *
 * @param domainType       the {@code <domain type=...>}, e.g. {@code qemu}
 * @param name             the domain name
 * @param uuid             the UUID, or {@code null} to let libvirt generate one
 * @param title            a one-line title, or {@code null}
 * @param description      a free-form description, or {@code null}
 * @param maxMemory        the hotplug limit {@code <maxMemory>}, or {@code null}
 * @param memoryKiB        the boot memory {@code <memory>} in KiB
 * @param currentMemoryKiB the balloon target {@code <currentMemory>} in KiB, or {@code null}
 * @param vcpus            the vCPUs online at boot
 * @param maxVcpus         the vCPU maximum, or {@code null} when none was set (the maximum is then {@code vcpus})
 * @param numatune         the memory placement on host NUMA nodes {@code <numatune>}, or {@code null}
 * @param os               the {@code <os>} element
 * @param features         the {@code <features>} switched on
 * @param onPoweroff       the {@code <on_poweroff>} action, or {@code null} for libvirt's default
 * @param onReboot         the {@code <on_reboot>} action, or {@code null} for libvirt's default
 * @param onCrash          the {@code <on_crash>} action, or {@code null} for libvirt's default
 * @param devices          the {@code <devices>} element
 */
public record DomainSpec(
        String domainType,
        String name,
        UUID uuid,
        String title,
        String description,
        MaxMemory maxMemory,
        long memoryKiB,
        Long currentMemoryKiB,
        int vcpus,
        Integer maxVcpus,
        Numatune numatune,
        Os os,
        Set<Feature> features,
        LifecycleAction onPoweroff,
        LifecycleAction onReboot,
        LifecycleAction onCrash,
        Devices devices) {

    public DomainSpec {
        features = Set.copyOf(features);
    }

    /**
     * The {@code <maxMemory>} element.
     *
     * @param kib   the limit in KiB
     * @param slots the number of memory hotplug slots
     */
    public record MaxMemory(long kib, int slots) {
    }

    /**
     * The {@code <numatune>} element: where the domain's memory comes from.
     *
     * @param mode    how the memory is placed
     * @param nodeset the host NUMA nodes, e.g. {@code 0} or {@code 0-1,^1}
     */
    public record Numatune(NumaMode mode, String nodeset) {
    }

    /**
     * The {@code <os>} element.
     *
     * @param type        {@code hvm} or {@code exe}
     * @param arch        the guest architecture
     * @param machine     the machine type, or {@code null}
     * @param kernelBoot  a direct kernel boot, or {@code null}
     * @param bootDevices the BIOS boot order, possibly empty
     * @param init        the container's init program ({@code exe} only), or {@code null}
     */
    public record Os(String type, String arch, String machine, KernelBoot kernelBoot, List<BootDevice> bootDevices,
            String init) {

        public Os {
            bootDevices = List.copyOf(bootDevices);
        }
    }

    /**
     * A direct kernel boot: {@code <kernel>}, {@code <initrd>} and {@code <cmdline>} under {@code <os>}.
     *
     * @param kernel  the kernel image path
     * @param initrd  the initial ramdisk path, or {@code null}
     * @param cmdline the kernel command line, or {@code null}
     */
    public record KernelBoot(String kernel, String initrd, String cmdline) {
    }

    /**
     * The {@code <devices>} element.
     *
     * @param emulator   the emulator path, or {@code null}
     * @param disks      the disks, in the order added
     * @param interfaces the network interfaces, in the order added
     * @param serialPty  whether there is a {@code <serial type='pty'>}
     * @param consolePty whether there is a {@code <console type='pty'>}
     * @param channels   the virtio channels over UNIX sockets, in the order added
     * @param serialFile the file a {@code <serial type='file'>} writes to, or {@code null}
     * @param filesystems host folders shared with the guest, in the order added
     * @param hostDevices host devices passed through, in the order added
     * @param usbController whether libvirt may add its default USB controller (false: {@code <controller
     *                      type='usb' model='none'/>})
     * @param memballoon    whether libvirt may add its default memory balloon (false: {@code <memballoon
     *                      model='none'/>})
     */
    public record Devices(String emulator, List<Disk> disks, List<Nic> interfaces, boolean serialPty,
            boolean consolePty, List<VirtioChannel> channels, String serialFile, List<SharedFolder> filesystems,
            List<HostDevice> hostDevices, boolean usbController, boolean memballoon) {

        public Devices {
            disks = List.copyOf(disks);
            interfaces = List.copyOf(interfaces);
            channels = List.copyOf(channels);
            filesystems = List.copyOf(filesystems);
            hostDevices = List.copyOf(hostDevices);
        }

        /** Whether there is nothing to write under {@code <devices>}. */
        public boolean isEmpty() {
            return emulator == null && disks.isEmpty() && interfaces.isEmpty() && !serialPty && !consolePty
                    && channels.isEmpty() && serialFile == null && filesystems.isEmpty() && hostDevices.isEmpty()
                    && usbController && memballoon;
        }
    }

    /**
     * A host folder passed through to the guest ({@code <filesystem type='mount' accessmode='passthrough'>},
     * virtio-9p on QEMU), always read-only: the guest must not change the host.
     *
     * @param sourceDir the host folder
     * @param mountTag  the tag the guest mounts it by
     */
    public record SharedFolder(String sourceDir, String mountTag) {
    }

    /**
     * A {@code <channel type='unix'>} with a virtio target: a host socket libvirt listens on, seen by the guest
     * as a named virtio port.
     *
     * @param socketPath the host socket path, written as {@code <source mode='bind' path=...>}
     * @param targetName the port name in the guest, e.g. {@code org.qemu.guest_agent.0}
     */
    public record VirtioChannel(String socketPath, String targetName) {
    }

    /**
     * The disk driver name libvirt expects for this domain type: {@code qemu} for the {@code qemu} and
     * {@code kvm} types, {@code null} (not written) for the others, whose drivers do not take it.
     */
    public String diskDriverName() {
        return diskDriverName(domainType);
    }

    /** The disk driver name for a domain of type {@code domainType}, or {@code null}; see {@link #diskDriverName()}. */
    public static String diskDriverName(String domainType) {
        return domainType.equals("qemu") || domainType.equals("kvm") ? "qemu" : null;
    }

    /** The libvirt XML of this domain; see {@link DomainXmlWriter}. */
    public String toXml() {
        return DomainXmlWriter.toXml(this);
    }
}
