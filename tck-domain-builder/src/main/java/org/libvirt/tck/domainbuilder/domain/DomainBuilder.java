package org.libvirt.tck.domainbuilder.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.domainbuilder.NamedBuilder;
import org.libvirt.tck.domainbuilder.internal.Checks;
import org.libvirt.tck.domainbuilder.internal.RngValues;

/**
 * Builds a domain definition, {@code <domain>}, that libvirt's schema accepts.
 *
 * <pre>{@code
 * DomainSpec spec = DomainBuilder.named("tck-dom1")
 *         .withDefaults(GuestDefaults.from(caps, null))
 *         .withMemoryMiB(256)
 *         .withDisk(Disk.file("/var/lib/tck/root.qcow2").format(DiskFormat.QCOW2).target("vda", DiskBus.VIRTIO))
 *         .withInterface(Nic.network("default").model("virtio"))
 *         .withConsolePty()
 *         .build();
 * conn.domainDefineXML(spec.toXml());
 * }</pre>
 *
 * <p>Each argument is checked when it is set ({@link IllegalArgumentException}); {@link #build()} checks that
 * the parts fit together ({@link IllegalStateException}). Later calls of a {@code withX} that sets a single
 * value replace the earlier one; those that add a device or boot entry add another.
 */
public final class DomainBuilder extends NamedBuilder<DomainBuilder> {

    /** Boot memory when none is set: 128 MiB, enough for the TCK's guests, which rarely run an OS. */
    public static final long DEFAULT_MEMORY_KIB = 131072;

    /** vCPUs online at boot when none are set. */
    public static final int DEFAULT_VCPUS = 1;

    /** OS type when neither {@link #withDefaults} nor {@link #withOsType} sets one: a full virtual machine. */
    public static final String DEFAULT_OS_TYPE = "hvm";

    /** Most vCPUs the schema allows ({@code countCPU} is an unsigned short). */
    public static final int MAX_VCPUS = 65535;

    private static final Set<String> OS_TYPES = Set.of("hvm", "exe");
    private static final Pattern MACHINE = Pattern.compile("[a-zA-Z0-9_.\\-]+");
    /** RNG {@code cpuset}, which {@code <numatune>} nodesets use too. */
    private static final Pattern NODESET = Pattern.compile(
            "([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*");

    private String domainType;
    private String osType;
    private String arch;
    private String machine;
    private String emulator;
    private String init;
    private String title;
    private String description;
    private Long memoryKiB;
    private DomainSpec.MaxMemory maxMemory;
    private Long currentMemoryKiB;
    private Integer vcpus;
    private Integer maxVcpus;
    private DomainSpec.Numatune numatune;
    private DomainSpec.KernelBoot kernelBoot;
    private final List<BootDevice> bootDevices = new ArrayList<>();
    private final Set<Feature> features = EnumSet.noneOf(Feature.class);
    private LifecycleAction onPoweroff;
    private LifecycleAction onReboot;
    private LifecycleAction onCrash;
    private final List<Disk> disks = new ArrayList<>();
    private final List<Nic> interfaces = new ArrayList<>();
    private boolean serialPty;
    private boolean consolePty;
    private boolean usbController = true;
    private boolean memballoon = true;
    private final List<DomainSpec.VirtioChannel> channels = new ArrayList<>();
    private String serialFile;
    private final List<DomainSpec.SharedFolder> sharedFolders = new ArrayList<>();
    private final List<HostDevice> hostDevices = new ArrayList<>();

    private DomainBuilder(String name) {
        super("domain name", name);
    }

    /**
     * Starts a domain called {@code name}.
     *
     * @param name a non-empty single line without {@code '/'}, at most {@value Checks#MAX_NAME_LENGTH} characters
     */
    public static DomainBuilder named(String name) {
        return new DomainBuilder(name);
    }

    /** Sets domain type, OS type, architecture, machine and emulator from a host's defaults. */
    public DomainBuilder withDefaults(GuestDefaults defaults) {
        Checks.notNull("defaults", defaults);
        withDomainType(defaults.domainType());
        withOsType(defaults.osType());
        withArch(defaults.arch());
        machine = null;
        emulator = null;
        if (defaults.machine() != null) {
            withMachine(defaults.machine());
        }
        if (defaults.emulator() != null) {
            withEmulator(defaults.emulator());
        }
        return this;
    }

    /** Sets the {@code <domain type=...>}, e.g. {@code qemu}, {@code kvm}, {@code test}, {@code lxc}. */
    public DomainBuilder withDomainType(String domainType) {
        Checks.notNull("domainType", domainType);
        if (!RngValues.DOMAIN_TYPES.contains(domainType)) {
            throw new IllegalArgumentException("domainType must be one of the schema's hypervisor types "
                    + sorted(RngValues.DOMAIN_TYPES) + ", got " + Checks.quote(domainType));
        }
        this.domainType = domainType;
        return this;
    }

    /** Sets the OS type: {@code hvm} (a virtual machine) or {@code exe} (a container). */
    public DomainBuilder withOsType(String osType) {
        Checks.notNull("osType", osType);
        if (!OS_TYPES.contains(osType)) {
            throw new IllegalArgumentException("osType must be hvm or exe, got " + Checks.quote(osType));
        }
        this.osType = osType;
        return this;
    }

    /** Sets the guest architecture, e.g. {@code x86_64}, {@code aarch64}. */
    public DomainBuilder withArch(String arch) {
        Checks.notNull("arch", arch);
        if (!RngValues.ARCHITECTURES.contains(arch)) {
            throw new IllegalArgumentException("arch must be an architecture libvirt knows, such as x86_64, i686 "
                    + "or aarch64, got " + Checks.quote(arch));
        }
        this.arch = arch;
        return this;
    }

    /** Sets the machine type, e.g. {@code pc-i440fx-7.2} or {@code q35}; {@code hvm} guests only. */
    public DomainBuilder withMachine(String machine) {
        this.machine = Checks.matches("machine", machine, MACHINE, "a machine type such as pc-i440fx-7.2");
        return this;
    }

    /** Sets the emulator binary, {@code <devices><emulator>}. */
    public DomainBuilder withEmulator(String emulator) {
        this.emulator = Checks.absolutePath("emulator", emulator);
        return this;
    }

    /** Sets the program a container starts, {@code <os><init>}; {@code exe} guests only. */
    public DomainBuilder withInit(String init) {
        this.init = Checks.absolutePath("init", init);
        return this;
    }

    /** Sets a one-line title, {@code <title>}. */
    public DomainBuilder withTitle(String title) {
        this.title = Checks.singleLine("title", title);
        return this;
    }

    /** Sets a free-form description, {@code <description>}. */
    public DomainBuilder withDescription(String description) {
        this.description = Checks.notNull("description", description);
        return this;
    }

    /** Sets the boot memory in MiB; default {@link #DEFAULT_MEMORY_KIB} KiB. */
    public DomainBuilder withMemoryMiB(long mib) {
        Checks.positive("memory MiB", mib);
        if (mib > Long.MAX_VALUE / 1024) {
            throw new IllegalArgumentException("memory MiB must be at most " + Long.MAX_VALUE / 1024 + ", got " + mib);
        }
        return withMemoryKiB(mib * 1024);
    }

    /** Sets the boot memory in KiB, {@code <memory unit='KiB'>}; default {@link #DEFAULT_MEMORY_KIB}. */
    public DomainBuilder withMemoryKiB(long kib) {
        this.memoryKiB = Checks.positive("memory KiB", kib);
        return this;
    }

    /**
     * Sets the memory hotplug limit, {@code <maxMemory slots=... unit='KiB'>}; must not be below the boot memory.
     *
     * @param kib   the limit in KiB
     * @param slots the number of hotplug slots, at least 1
     */
    public DomainBuilder withMaxMemoryKiB(long kib, int slots) {
        Checks.positive("maxMemory KiB", kib);
        Checks.positive("maxMemory slots", slots);
        this.maxMemory = new DomainSpec.MaxMemory(kib, slots);
        return this;
    }

    /** Sets the balloon target, {@code <currentMemory unit='KiB'>}; must not be above the boot memory. */
    public DomainBuilder withCurrentMemoryKiB(long kib) {
        this.currentMemoryKiB = Checks.positive("currentMemory KiB", kib);
        return this;
    }

    /** Sets the vCPUs online at boot; default {@link #DEFAULT_VCPUS}; must not be above {@link #withMaxVcpus}. */
    public DomainBuilder withVcpus(int vcpus) {
        this.vcpus = vcpuCount("vcpus", vcpus);
        return this;
    }

    /** Sets the most vCPUs the domain can have online; written as {@code <vcpu current=...>max</vcpu>}. */
    public DomainBuilder withMaxVcpus(int maxVcpus) {
        this.maxVcpus = vcpuCount("maxVcpus", maxVcpus);
        return this;
    }

    /**
     * Places the domain's memory on host NUMA nodes, {@code <numatune><memory mode=... nodeset=...>}.
     *
     * @param mode    how the memory is placed
     * @param nodeset the host nodes, as libvirt writes CPU sets: {@code 0}, {@code 0-3}, {@code 0-3,^2}
     */
    public DomainBuilder withNumatune(NumaMode mode, String nodeset) {
        Checks.notNull("numa mode", mode);
        Checks.matches("nodeset", nodeset, NODESET, "a node set such as 0, 0-1 or 0-3,^2");
        this.numatune = new DomainSpec.Numatune(mode, nodeset);
        return this;
    }

    /**
     * Boots a kernel image directly, {@code <os><kernel>}; {@code hvm} guests only.
     *
     * @param kernel  the kernel image path
     * @param initrd  the initial ramdisk path, or {@code null}
     * @param cmdline the kernel command line, or {@code null}
     */
    public DomainBuilder withKernelBoot(String kernel, String initrd, String cmdline) {
        Checks.absolutePath("kernel", kernel);
        if (initrd != null) {
            Checks.absolutePath("initrd", initrd);
        }
        this.kernelBoot = new DomainSpec.KernelBoot(kernel, initrd, cmdline);
        return this;
    }

    /** Adds a BIOS boot device, {@code <os><boot dev=...>}; the order of calls is the boot order. */
    public DomainBuilder withBootDevice(BootDevice device) {
        Checks.notNull("boot device", device);
        if (bootDevices.contains(device)) {
            throw new IllegalArgumentException("boot device " + device + " is already in the boot order "
                    + bootDevices + "; each device may appear once");
        }
        bootDevices.add(device);
        return this;
    }

    /** Switches on a hypervisor feature, {@code <features>}; adding one twice has no further effect. */
    public DomainBuilder withFeature(Feature feature) {
        features.add(Checks.notNull("feature", feature));
        return this;
    }

    /** Sets what happens when the guest powers off, {@code <on_poweroff>}. */
    public DomainBuilder withOnPoweroff(LifecycleAction action) {
        this.onPoweroff = notCrashOnly("on_poweroff", action);
        return this;
    }

    /** Sets what happens when the guest reboots, {@code <on_reboot>}. */
    public DomainBuilder withOnReboot(LifecycleAction action) {
        this.onReboot = notCrashOnly("on_reboot", action);
        return this;
    }

    /** Sets what happens when the guest crashes, {@code <on_crash>}; the coredump actions are allowed here. */
    public DomainBuilder withOnCrash(LifecycleAction action) {
        this.onCrash = Checks.notNull("on_crash action", action);
        return this;
    }

    /** Adds a disk; it needs a {@link Disk#target}, and no two disks may share a target dev. */
    public DomainBuilder withDisk(Disk disk) {
        Checks.notNull("disk", disk);
        if (disk.targetDev() == null) {
            throw new IllegalArgumentException("disk " + disk.sourcePath() + " has no target: call "
                    + "target(dev, bus) on it, e.g. target(\"vda\", DiskBus.VIRTIO)");
        }
        disks.add(disk);
        return this;
    }

    /** Adds a network interface; no two interfaces may share a MAC address. */
    public DomainBuilder withInterface(Nic nic) {
        interfaces.add(Checks.notNull("interface", nic));
        return this;
    }

    /** Passes a host device through, {@code <hostdev>}; no device may be passed twice. */
    public DomainBuilder withHostDevice(HostDevice device) {
        Checks.notNull("host device", device);
        if (hostDevices.contains(device)) {
            throw new IllegalArgumentException(device + " is already passed through; a host device can be given "
                    + "to a domain once");
        }
        hostDevices.add(device);
        return this;
    }

    /** Adds a serial port on a host pseudo-terminal, {@code <serial type='pty'>}. */
    public DomainBuilder withSerialPty() {
        this.serialPty = true;
        return this;
    }

    /** Adds a serial port that writes to a host file, {@code <serial type='file'>}: the guest's console log. */
    public DomainBuilder withSerialFile(String path) {
        this.serialFile = Checks.absolutePath("path", path);
        return this;
    }

    /**
     * Shares a host folder with the guest, read-only, under a mount tag; no two folders may share a tag.
     *
     * @param sourceDir the host folder
     * @param mountTag  the tag the guest mounts it by ({@code mount -t 9p TAG /mnt})
     */
    public DomainBuilder withReadOnlyFolder(String sourceDir, String mountTag) {
        Checks.absolutePath("sourceDir", sourceDir);
        Checks.singleLine("mountTag", mountTag);
        sharedFolders.add(new DomainSpec.SharedFolder(sourceDir, mountTag));
        return this;
    }

    /** Adds a console on a host pseudo-terminal, {@code <console type='pty'>}. */
    public DomainBuilder withConsolePty() {
        this.consolePty = true;
        return this;
    }

    /**
     * Whether libvirt may give the domain its default USB controller (it does unless told otherwise); false writes
     * {@code <controller type='usb' model='none'/>}, for a guest that has no use for USB and should not probe it.
     */
    public DomainBuilder withUsbController(boolean present) {
        this.usbController = present;
        return this;
    }

    /**
     * Whether libvirt may give the domain its default memory balloon (it does on QEMU unless told otherwise); false
     * writes {@code <memballoon model='none'/>}: no balloon, so {@code virDomainSetMemory} on the running domain and
     * balloon statistics are refused.
     */
    public DomainBuilder withMemballoon(boolean present) {
        this.memballoon = present;
        return this;
    }

    /**
     * Adds a virtio channel over a UNIX socket that libvirt creates and listens on; no two channels may share a
     * target name.
     *
     * @param socketPath the host socket path
     * @param targetName the port name in the guest, e.g. {@code org.qemu.guest_agent.0}
     */
    public DomainBuilder withVirtioChannelUnix(String socketPath, String targetName) {
        Checks.absolutePath("socketPath", socketPath);
        Checks.singleLine("targetName", targetName);
        channels.add(new DomainSpec.VirtioChannel(socketPath, targetName));
        return this;
    }

    /**
     * Checks that the parts fit together, applies the defaults and returns the immutable definition.
     *
     * @throws IllegalStateException naming the combination that libvirt would reject
     */
    public DomainSpec build() {
        if (domainType == null) {
            throw new IllegalStateException("no domain type: call withDefaults(GuestDefaults) or withDomainType(type)");
        }
        if (arch == null) {
            throw new IllegalStateException("no architecture: call withDefaults(GuestDefaults) or withArch(arch)");
        }
        String os = osType == null ? DEFAULT_OS_TYPE : osType;
        checkOs(os);
        long memory = memoryKiB == null ? DEFAULT_MEMORY_KIB : memoryKiB;
        checkMemory(memory);
        int current = vcpus == null ? DEFAULT_VCPUS : vcpus;
        if (maxVcpus != null && current > maxVcpus) {
            throw new IllegalStateException("vcpus " + current + " exceed maxVcpus " + maxVcpus
                    + ": the vCPUs online at boot cannot be more than the maximum");
        }
        checkDevices();
        return new DomainSpec(domainType, name(), uuid(), title, description, maxMemory, memory, currentMemoryKiB,
                current, maxVcpus, numatune,
                new DomainSpec.Os(os, arch, machine, kernelBoot, bootDevices, init),
                features, onPoweroff, onReboot, onCrash,
                new DomainSpec.Devices(emulator, disks, interfaces, serialPty, consolePty, channels,
                        serialFile, sharedFolders, hostDevices, usbController, memballoon));
    }

    private void checkOs(String os) {
        if (os.equals("exe")) {
            if (machine != null) {
                throw new IllegalStateException("machine " + machine + " is set but os type exe (a container) has "
                        + "no machine type; drop withMachine or use os type hvm");
            }
            if (kernelBoot != null || !bootDevices.isEmpty()) {
                throw new IllegalStateException("kernel boot and boot devices need os type hvm, but the os type is "
                        + "exe (a container starts withInit instead)");
            }
        } else if (init != null) {
            throw new IllegalStateException("init " + init + " needs os type exe (a container), but the os type is "
                    + os + "; use withKernelBoot or withBootDevice for a virtual machine");
        }
    }

    private void checkMemory(long memory) {
        if (currentMemoryKiB != null && currentMemoryKiB > memory) {
            throw new IllegalStateException("currentMemory " + currentMemoryKiB + " KiB is above memory " + memory
                    + " KiB: the balloon target cannot exceed the boot memory");
        }
        if (maxMemory != null && maxMemory.kib() < memory) {
            throw new IllegalStateException("maxMemory " + maxMemory.kib() + " KiB is below memory " + memory
                    + " KiB: the hotplug limit must be at least the boot memory");
        }
    }

    private void checkDevices() {
        Set<String> targets = new HashSet<>();
        for (Disk disk : disks) {
            if (!targets.add(disk.targetDev())) {
                throw new IllegalStateException("two disks use target dev " + disk.targetDev()
                        + ": each disk needs its own target");
            }
        }
        Set<String> macs = new HashSet<>();
        for (Nic nic : interfaces) {
            if (nic.mac() != null && !macs.add(nic.mac().toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("two interfaces use mac " + nic.mac()
                        + ": each interface needs its own address");
            }
        }
        Set<String> names = new HashSet<>();
        if (serialPty && serialFile != null) {
            throw new IllegalStateException("a serial port on a pty and one on file " + serialFile
                    + ": the kit writes one serial port, choose withSerialPty() or withSerialFile(path)");
        }
        Set<String> tags = new HashSet<>();
        for (DomainSpec.SharedFolder folder : sharedFolders) {
            if (!tags.add(folder.mountTag())) {
                throw new IllegalStateException("two shared folders use mount tag " + folder.mountTag()
                        + ": each folder needs its own tag");
            }
        }
        for (DomainSpec.VirtioChannel channel : channels) {
            if (!names.add(channel.targetName())) {
                throw new IllegalStateException("two virtio channels use target name " + channel.targetName()
                        + ": each channel needs its own name");
            }
        }
    }

    private static int vcpuCount(String what, int count) {
        if (count < 1 || count > MAX_VCPUS) {
            throw new IllegalArgumentException(what + " must be between 1 and " + MAX_VCPUS + ", got " + count);
        }
        return count;
    }

    private static LifecycleAction notCrashOnly(String element, LifecycleAction action) {
        Checks.notNull(element + " action", action);
        if (action.crashOnly()) {
            throw new IllegalArgumentException(element + " action " + action + " is allowed for on_crash only; use "
                    + "DESTROY, RESTART, PRESERVE or RENAME_RESTART");
        }
        return action;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
