package org.libvirt.tck.domainbuilder.domain;

import static org.libvirt.tck.domainbuilder.Rejections.assertArgumentRejected;
import static org.libvirt.tck.domainbuilder.Rejections.assertCombinationRejected;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.expectThrows;

import java.util.UUID;

import org.dom4j.Document;
import org.libvirt.tck.domainbuilder.Case;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.domainbuilder.RngValidator;
import org.libvirt.tck.domainbuilder.TestXml;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class DomainBuilderTest {

    private static final GuestDefaults KVM =
            new GuestDefaults("kvm", "hvm", "x86_64", "pc-i440fx-7.2", "/usr/bin/qemu-system-x86_64");
    private static final GuestDefaults TEST_DRIVER = new GuestDefaults("test", "hvm", "i686", null, "/usr/bin/test-hv");
    private static final GuestDefaults LXC =
            new GuestDefaults("lxc", "exe", "x86_64", null, "/usr/libexec/libvirt_lxc");

    private static DomainBuilder testDomain() {
        return DomainBuilder.named("tck-dom1").withDomainType("test").withArch("x86_64");
    }

    /** A domain with every part the builder offers. */
    private static DomainSpec fullDomain() {
        return DomainBuilder.named("tck-full")
                .withDefaults(KVM)
                .withUuid(UUID.fromString("c7a5fdbd-cdaf-9455-926a-d65c16db1809"))
                .withTitle("TCK full domain")
                .withDescription("every part the builder knows")
                .withMaxMemoryKiB(1048576, 4)
                .withMemoryMiB(512)
                .withCurrentMemoryKiB(262144)
                .withVcpus(2)
                .withMaxVcpus(4)
                .withKernelBoot("/var/lib/tck/vmlinuz", "/var/lib/tck/initrd.img", "console=ttyS0")
                .withBootDevice(BootDevice.HD)
                .withBootDevice(BootDevice.NETWORK)
                .withFeature(Feature.PAE)
                .withFeature(Feature.ACPI)
                .withOnPoweroff(LifecycleAction.DESTROY)
                .withOnReboot(LifecycleAction.RESTART)
                .withOnCrash(LifecycleAction.COREDUMP_DESTROY)
                .withDisk(Disk.file("/var/lib/tck/root.qcow2").format(DiskFormat.QCOW2).target("vda", DiskBus.VIRTIO))
                .withDisk(Disk.cdrom("/var/lib/tck/install.iso").target("sda", DiskBus.SATA))
                .withInterface(Nic.network("default").mac("52:54:00:12:34:56").model("virtio"))
                .withSerialPty()
                .withConsolePty()
                .withVirtioChannelUnix("/var/lib/libvirt/qemu/tck-full.agent", "org.qemu.guest_agent.0")
                .build();
    }

    // --- written XML ---

    @Test
    public void minimalTestDomainAppliesDefaultMemoryVcpusAndOsType() {
        assertEquals(testDomain().build().toXml(), """
                <domain type="test">
                  <name>tck-dom1</name>
                  <memory unit="KiB">131072</memory>
                  <vcpu>1</vcpu>
                  <os>
                    <type arch="x86_64">hvm</type>
                  </os>
                </domain>
                """);
    }

    @Test
    public void defaultsOfTheTestDriverAddTheEmulatorButNoMachine() {
        assertEquals(DomainBuilder.named("tck-dom1").withDefaults(TEST_DRIVER).build().toXml(), """
                <domain type="test">
                  <name>tck-dom1</name>
                  <memory unit="KiB">131072</memory>
                  <vcpu>1</vcpu>
                  <os>
                    <type arch="i686">hvm</type>
                  </os>
                  <devices>
                    <emulator>/usr/bin/test-hv</emulator>
                  </devices>
                </domain>
                """);
    }

    @Test
    public void everyPartIsWrittenInLibvirtsOrder() {
        assertEquals(fullDomain().toXml(), """
                <domain type="kvm">
                  <name>tck-full</name>
                  <uuid>c7a5fdbd-cdaf-9455-926a-d65c16db1809</uuid>
                  <title>TCK full domain</title>
                  <description>every part the builder knows</description>
                  <maxMemory slots="4" unit="KiB">1048576</maxMemory>
                  <memory unit="KiB">524288</memory>
                  <currentMemory unit="KiB">262144</currentMemory>
                  <vcpu current="2">4</vcpu>
                  <os>
                    <type arch="x86_64" machine="pc-i440fx-7.2">hvm</type>
                    <kernel>/var/lib/tck/vmlinuz</kernel>
                    <initrd>/var/lib/tck/initrd.img</initrd>
                    <cmdline>console=ttyS0</cmdline>
                    <boot dev="hd"/>
                    <boot dev="network"/>
                  </os>
                  <features>
                    <acpi/>
                    <pae/>
                  </features>
                  <on_poweroff>destroy</on_poweroff>
                  <on_reboot>restart</on_reboot>
                  <on_crash>coredump-destroy</on_crash>
                  <devices>
                    <emulator>/usr/bin/qemu-system-x86_64</emulator>
                    <disk type="file" device="disk">
                      <driver name="qemu" type="qcow2"/>
                      <source file="/var/lib/tck/root.qcow2"/>
                      <target dev="vda" bus="virtio"/>
                    </disk>
                    <disk type="file" device="cdrom">
                      <source file="/var/lib/tck/install.iso"/>
                      <target dev="sda" bus="sata"/>
                      <readonly/>
                    </disk>
                    <interface type="network">
                      <mac address="52:54:00:12:34:56"/>
                      <source network="default"/>
                      <model type="virtio"/>
                    </interface>
                    <serial type="pty"/>
                    <console type="pty"/>
                    <channel type="unix">
                      <source mode="bind" path="/var/lib/libvirt/qemu/tck-full.agent"/>
                      <target type="virtio" name="org.qemu.guest_agent.0"/>
                    </channel>
                  </devices>
                </domain>
                """);
    }

    @Test
    public void containerDomainWritesExeWithInitAndNoMachine() {
        assertEquals(DomainBuilder.named("tck-ct1").withDefaults(LXC).withInit("/sbin/init").build().toXml(), """
                <domain type="lxc">
                  <name>tck-ct1</name>
                  <memory unit="KiB">131072</memory>
                  <vcpu>1</vcpu>
                  <os>
                    <type arch="x86_64">exe</type>
                    <init>/sbin/init</init>
                  </os>
                  <devices>
                    <emulator>/usr/libexec/libvirt_lxc</emulator>
                  </devices>
                </domain>
                """);
    }

    @Test
    public void diskTypeFollowsFromBlockSourceAndDriverNameIsLeftOutForTheTestDriver() {
        String xml = testDomain()
                .withDisk(Disk.block("/dev/vg0/tck").format(DiskFormat.RAW).target("sdb", DiskBus.SCSI).readOnly())
                .build().toXml();
        assertEquals(xml.substring(xml.indexOf("  <devices>")), """
                  <devices>
                    <disk type="block" device="disk">
                      <driver type="raw"/>
                      <source dev="/dev/vg0/tck"/>
                      <target dev="sdb" bus="scsi"/>
                      <readonly/>
                    </disk>
                  </devices>
                </domain>
                """);
    }

    @Test
    public void interfaceTypeFollowsFromBridgeAndEmptyCdromHasNoSource() {
        String xml = testDomain()
                .withDisk(Disk.emptyCdrom().target("hdc", DiskBus.IDE))
                .withInterface(Nic.bridge("br0"))
                .build().toXml();
        assertEquals(xml.substring(xml.indexOf("  <devices>")), """
                  <devices>
                    <disk type="file" device="cdrom">
                      <target dev="hdc" bus="ide"/>
                      <readonly/>
                    </disk>
                    <interface type="bridge">
                      <source bridge="br0"/>
                    </interface>
                  </devices>
                </domain>
                """);
    }

    @Test
    public void vcpuCurrentIsLeftOutWhenItEqualsTheMaximum() {
        assertEquals(TestXml.parse(testDomain().withVcpus(3).withMaxVcpus(3).build().toXml())
                .selectSingleNode("/domain/vcpu").asXML(), "<vcpu>3</vcpu>");
    }

    @Test
    public void descriptionKeepsLineBreaksAndMarkupCharacters() {
        String description = "first line\n  second <line> & \"quotes\"";
        Document doc = TestXml.parse(testDomain().withDescription(description).build().toXml());
        assertEquals(doc.valueOf("/domain/description"), description);
    }

    // --- round trip and schema ---

    @Test
    public void fullDomainParsesBackToItsParts() {
        Document doc = TestXml.parse(fullDomain().toXml());
        assertEquals(doc.valueOf("/domain/@type"), "kvm");
        assertEquals(doc.valueOf("/domain/uuid"), "c7a5fdbd-cdaf-9455-926a-d65c16db1809");
        assertEquals(doc.valueOf("/domain/memory"), "524288");
        assertEquals(doc.valueOf("/domain/vcpu/@current"), "2");
        assertEquals(doc.valueOf("/domain/os/type/@machine"), "pc-i440fx-7.2");
        assertEquals(doc.valueOf("count(/domain/os/boot)"), "2");
        assertEquals(doc.valueOf("/domain/devices/disk[target/@dev='vda']/source/@file"), "/var/lib/tck/root.qcow2");
        assertEquals(doc.valueOf("/domain/devices/interface/mac/@address"), "52:54:00:12:34:56");
        assertEquals(doc.valueOf("/domain/devices/channel/target/@name"), "org.qemu.guest_agent.0");
    }

    @DataProvider
    public Object[][] domains() {
        return new Object[][] {
                {new Case<>("minimal", testDomain().build())},
                {new Case<>("full", fullDomain())},
                {new Case<>("container",
                        DomainBuilder.named("tck-ct1").withDefaults(LXC).withInit("/sbin/init").build())},
                {new Case<>("block disk, bridge, empty cdrom", DomainBuilder.named("tck-dom2").withDefaults(TEST_DRIVER)
                        .withDisk(Disk.block("/dev/sdz").target("sdb", DiskBus.SCSI))
                        .withDisk(Disk.emptyCdrom().target("hdc", DiskBus.IDE))
                        .withInterface(Nic.bridge("br0").model("e1000"))
                        .withFeature(Feature.APIC)
                        .build())},
        };
    }

    @Test(dataProvider = "domains")
    public void writtenDomainIsValidAgainstLibvirtsSchema(Case<DomainSpec> domain) {
        RngValidator.assertValid(RngValidator.DOMAIN, domain.spec().toXml());
    }

    // --- immutability ---

    @Test
    public void builtSpecDoesNotChangeWhenTheBuilderGoesOn() {
        DomainBuilder builder = testDomain().withDisk(Disk.file("/var/lib/tck/a.img").target("vda", DiskBus.VIRTIO));
        DomainSpec first = builder.build();
        builder.withDisk(Disk.file("/var/lib/tck/b.img").target("vdb", DiskBus.VIRTIO)).withFeature(Feature.ACPI);
        assertEquals(first.devices().disks().size(), 1);
        assertEquals(first.features().size(), 0);
        expectThrows(UnsupportedOperationException.class, () -> first.devices().disks().clear());
    }

    @Test
    public void withDefaultsWithoutMachineClearsAnEarlierMachine() {
        DomainSpec spec = testDomain().withMachine("pc").withDefaults(TEST_DRIVER).build();
        assertNull(spec.os().machine());
    }

    // --- rejected arguments ---

    @Test
    public void nameWithSlashIsRejected() {
        assertArgumentRejected(() -> DomainBuilder.named("tck/dom"), "domain name must not contain '/', got 'tck/dom'");
    }

    @Test
    public void emptyNameIsRejected() {
        assertArgumentRejected(() -> DomainBuilder.named(""), "domain name must not be empty");
    }

    @Test
    public void nameLongerThan200CharactersIsRejected() {
        assertArgumentRejected(() -> DomainBuilder.named("d".repeat(201)),
                "domain name must be at most 200 characters, got 201");
    }

    @Test
    public void unknownDomainTypeIsRejectedListingTheSchemasTypes() {
        assertArgumentRejected(() -> testDomain().withDomainType("vmx"), "domainType must be one of the schema's "
                + "hypervisor types [bhyve, hvf, hyperv, kqemu, kvm, lxc, openvz, phyp, qemu, test, uml, vbox, vmware, "
                + "vz, xen], got 'vmx'");
    }

    @Test
    public void unknownArchIsRejected() {
        assertArgumentRejected(() -> testDomain().withArch("amd64"),
                "arch must be an architecture libvirt knows, such as x86_64, i686 or aarch64, got 'amd64'");
    }

    @Test
    public void xenOsTypeIsRejected() {
        assertArgumentRejected(() -> testDomain().withOsType("xen"), "osType must be hvm or exe, got 'xen'");
    }

    @Test
    public void zeroMemoryIsRejected() {
        assertArgumentRejected(() -> testDomain().withMemoryKiB(0), "memory KiB must be positive, got 0");
    }

    @Test
    public void memoryMiBThatOverflowsKiBIsRejected() {
        assertArgumentRejected(() -> testDomain().withMemoryMiB(Long.MAX_VALUE),
                "memory MiB must be at most 9007199254740991, got 9223372036854775807");
    }

    @Test
    public void maxMemoryWithoutSlotsIsRejected() {
        assertArgumentRejected(() -> testDomain().withMaxMemoryKiB(1048576, 0),
                "maxMemory slots must be positive, got 0");
    }

    @Test
    public void zeroVcpusAreRejected() {
        assertArgumentRejected(() -> testDomain().withVcpus(0), "vcpus must be between 1 and 65535, got 0");
    }

    @Test
    public void relativeKernelPathIsRejected() {
        assertArgumentRejected(() -> testDomain().withKernelBoot("vmlinuz", null, null),
                "kernel must be an absolute path such as /var/lib/tck/x, got 'vmlinuz'");
    }

    @Test
    public void relativeEmulatorPathIsRejected() {
        assertArgumentRejected(() -> testDomain().withEmulator("qemu-system-x86_64"),
                "emulator must be an absolute path such as /var/lib/tck/x, got 'qemu-system-x86_64'");
    }

    @Test
    public void titleWithLineBreakIsRejected() {
        assertArgumentRejected(() -> testDomain().withTitle("two\nlines"),
                "title must be a single line, got 'two\nlines'");
    }

    @Test
    public void bootDeviceAddedTwiceIsRejected() {
        assertArgumentRejected(() -> testDomain().withBootDevice(BootDevice.HD).withBootDevice(BootDevice.HD),
                "boot device HD is already in the boot order [HD]; each device may appear once");
    }

    @Test
    public void coredumpActionOnPoweroffIsRejected() {
        assertArgumentRejected(() -> testDomain().withOnPoweroff(LifecycleAction.COREDUMP_RESTART),
                "on_poweroff action COREDUMP_RESTART is allowed for on_crash only; use DESTROY, RESTART, PRESERVE or "
                        + "RENAME_RESTART");
    }

    @Test
    public void diskWithoutTargetIsRejected() {
        assertArgumentRejected(() -> testDomain().withDisk(Disk.file("/var/lib/tck/a.img")),
                "disk /var/lib/tck/a.img has no target: call target(dev, bus) on it, "
                        + "e.g. target(\"vda\", DiskBus.VIRTIO)");
    }

    @Test
    public void relativeChannelSocketPathIsRejected() {
        assertArgumentRejected(() -> testDomain().withVirtioChannelUnix("agent.sock", "org.qemu.guest_agent.0"),
                "socketPath must be an absolute path such as /var/lib/tck/x, got 'agent.sock'");
    }

    // --- rejected combinations ---

    @Test
    public void buildWithoutDomainTypeIsRejected() {
        assertCombinationRejected(() -> DomainBuilder.named("tck-dom1").withArch("x86_64").build(),
                "no domain type: call withDefaults(GuestDefaults) or withDomainType(type)");
    }

    @Test
    public void buildWithoutArchIsRejected() {
        assertCombinationRejected(() -> DomainBuilder.named("tck-dom1").withDomainType("test").build(),
                "no architecture: call withDefaults(GuestDefaults) or withArch(arch)");
    }

    @Test
    public void vcpusAboveMaxVcpusAreRejected() {
        assertCombinationRejected(() -> testDomain().withVcpus(4).withMaxVcpus(2).build(),
                "vcpus 4 exceed maxVcpus 2: the vCPUs online at boot cannot be more than the maximum");
    }

    @Test
    public void currentMemoryAboveMemoryIsRejected() {
        assertCombinationRejected(() -> testDomain().withCurrentMemoryKiB(262144).build(),
                "currentMemory 262144 KiB is above memory 131072 KiB: "
                        + "the balloon target cannot exceed the boot memory");
    }

    @Test
    public void maxMemoryBelowMemoryIsRejected() {
        assertCombinationRejected(() -> testDomain().withMemoryMiB(256).withMaxMemoryKiB(131072, 2).build(),
                "maxMemory 131072 KiB is below memory 262144 KiB: the hotplug limit must be at least the boot memory");
    }

    @Test
    public void twoDisksOnOneTargetAreRejected() {
        assertCombinationRejected(() -> testDomain()
                        .withDisk(Disk.file("/var/lib/tck/a.img").target("vda", DiskBus.VIRTIO))
                        .withDisk(Disk.file("/var/lib/tck/b.img").target("vda", DiskBus.VIRTIO))
                        .build(),
                "two disks use target dev vda: each disk needs its own target");
    }

    @Test
    public void twoInterfacesWithOneMacAreRejectedWhateverTheCase() {
        assertCombinationRejected(() -> testDomain()
                        .withInterface(Nic.network("default").mac("52:54:00:aa:bb:cc"))
                        .withInterface(Nic.bridge("br0").mac("52:54:00:AA:BB:CC"))
                        .build(),
                "two interfaces use mac 52:54:00:AA:BB:CC: each interface needs its own address");
    }

    @Test
    public void twoChannelsWithOneTargetNameAreRejected() {
        assertCombinationRejected(() -> testDomain()
                        .withVirtioChannelUnix("/run/tck/a.sock", "org.qemu.guest_agent.0")
                        .withVirtioChannelUnix("/run/tck/b.sock", "org.qemu.guest_agent.0")
                        .build(),
                "two virtio channels use target name org.qemu.guest_agent.0: each channel needs its own name");
    }

    @Test
    public void kernelBootForAContainerIsRejected() {
        assertCombinationRejected(() -> DomainBuilder.named("tck-ct1").withDefaults(LXC)
                        .withKernelBoot("/boot/vmlinuz", null, null).build(),
                "kernel boot and boot devices need os type hvm, but the os type is exe (a container starts withInit "
                        + "instead)");
    }

    @Test
    public void machineForAContainerIsRejected() {
        assertCombinationRejected(() -> DomainBuilder.named("tck-ct1").withDefaults(LXC).withMachine("pc").build(),
                "machine pc is set but os type exe (a container) has no machine type; "
                        + "drop withMachine or use os type hvm");
    }

    @Test
    public void initForAVirtualMachineIsRejected() {
        assertCombinationRejected(() -> testDomain().withInit("/sbin/init").build(),
                "init /sbin/init needs os type exe (a container), but the os type is hvm; use withKernelBoot or "
                        + "withBootDevice for a virtual machine");
    }
}
