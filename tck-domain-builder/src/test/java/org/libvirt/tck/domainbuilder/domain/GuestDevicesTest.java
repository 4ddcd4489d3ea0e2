package org.libvirt.tck.domainbuilder.domain;

import static org.testng.Assert.assertEquals;

import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.domainbuilder.Rejections;
import org.libvirt.tck.domainbuilder.RngValidator;
import org.libvirt.tck.domainbuilder.TestXml;
import org.testng.annotations.Test;

/** The devices a booting TCK guest needs: a serial port writing the console to a file, a read-only shared folder. */
public class GuestDevicesTest {

    private static final GuestDefaults QEMU = new GuestDefaults("qemu", "hvm", "x86_64", "pc-i440fx-7.2",
            "/usr/bin/qemu-system-x86_64");

    private static DomainSpec guest() {
        return DomainBuilder.named("tck-guest").withDefaults(QEMU)
                .withKernelBoot("/var/tmp/tck/vmlinux", "/var/tmp/tck/initramfs.cpio.gz", "console=ttyS0")
                .withReadOnlyFolder("/var/tmp/tck/checks", "tckchecks")
                .withSerialFile("/var/tmp/tck/console.log")
                .withVirtioChannelUnix("/var/lib/libvirt/qemu/channel/target/tck-guest.agent",
                        "org.libvirt.tck.agent.0")
                .build();
    }

    @Test
    public void serialFileAndSharedFolderAreWrittenInLibvirtsOrder() {
        assertEquals(guest().toXml(), """
                <domain type="qemu">
                  <name>tck-guest</name>
                  <memory unit="KiB">131072</memory>
                  <vcpu>1</vcpu>
                  <os>
                    <type arch="x86_64" machine="pc-i440fx-7.2">hvm</type>
                    <kernel>/var/tmp/tck/vmlinux</kernel>
                    <initrd>/var/tmp/tck/initramfs.cpio.gz</initrd>
                    <cmdline>console=ttyS0</cmdline>
                  </os>
                  <devices>
                    <emulator>/usr/bin/qemu-system-x86_64</emulator>
                    <filesystem type="mount" accessmode="passthrough">
                      <source dir="/var/tmp/tck/checks"/>
                      <target dir="tckchecks"/>
                      <readonly/>
                    </filesystem>
                    <serial type="file">
                      <source path="/var/tmp/tck/console.log"/>
                    </serial>
                    <channel type="unix">
                      <source mode="bind" path="/var/lib/libvirt/qemu/channel/target/tck-guest.agent"/>
                      <target type="virtio" name="org.libvirt.tck.agent.0"/>
                    </channel>
                  </devices>
                </domain>
                """);
    }

    @Test
    public void aBootingGuestIsValidAgainstLibvirtsSchema() {
        RngValidator.assertValid(RngValidator.DOMAIN, guest().toXml());
    }

    @Test
    public void theSharedFolderReadsBack() {
        var doc = TestXml.parse(guest().toXml());
        assertEquals(doc.valueOf("/domain/devices/filesystem/target/@dir"), "tckchecks");
        assertEquals(doc.selectNodes("/domain/devices/filesystem/readonly").size(), 1);
        assertEquals(doc.valueOf("/domain/devices/serial/source/@path"), "/var/tmp/tck/console.log");
    }

    @Test
    public void aRelativeConsoleLogPathIsRejected() {
        Rejections.assertArgumentRejected(() -> DomainBuilder.named("tck-g").withSerialFile("console.log"),
                "path must be an absolute path such as /var/lib/tck/x, got 'console.log'");
    }

    @Test
    public void aPtyAndAFileSerialPortTogetherAreRejected() {
        Rejections.assertCombinationRejected(() -> DomainBuilder.named("tck-g").withDefaults(QEMU).withSerialPty()
                .withSerialFile("/tmp/c.log").build(), "a serial port on a pty and one on file /tmp/c.log: the kit "
                + "writes one serial port, choose withSerialPty() or withSerialFile(path)");
    }

    @Test
    public void twoFoldersWithOneTagAreRejected() {
        Rejections.assertCombinationRejected(() -> DomainBuilder.named("tck-g").withDefaults(QEMU)
                .withReadOnlyFolder("/a", "t").withReadOnlyFolder("/b", "t").build(),
                "two shared folders use mount tag t: each folder needs its own tag");
    }

    @Test
    public void withoutUsbAndBalloonTheDefaultDevicesAreTurnedOffInLibvirtsOrder() {
        String xml = DomainBuilder.named("tck-guest").withDefaults(QEMU).withSerialFile("/var/tmp/tck/console.log")
                .withUsbController(false).withMemballoon(false).build().toXml();
        assertEquals(xml, """
                <domain type="qemu">
                  <name>tck-guest</name>
                  <memory unit="KiB">131072</memory>
                  <vcpu>1</vcpu>
                  <os>
                    <type arch="x86_64" machine="pc-i440fx-7.2">hvm</type>
                  </os>
                  <devices>
                    <emulator>/usr/bin/qemu-system-x86_64</emulator>
                    <controller type="usb" model="none"/>
                    <serial type="file">
                      <source path="/var/tmp/tck/console.log"/>
                    </serial>
                    <memballoon model="none"/>
                  </devices>
                </domain>
                """);
        RngValidator.assertValid(RngValidator.DOMAIN, xml);
    }

    @Test
    public void theDefaultDevicesAreLibvirtsUnlessTurnedOffAndCanBeTurnedBackOn() {
        String defaults = DomainBuilder.named("tck-g").withDefaults(QEMU).build().toXml();
        String backOn = DomainBuilder.named("tck-g").withDefaults(QEMU).withMemballoon(false).withUsbController(false)
                .withMemballoon(true).withUsbController(true).build().toXml();
        assertEquals(backOn, defaults);
        assertEquals(TestXml.parse(defaults).selectNodes("/domain/devices/controller|/domain/devices/memballoon")
                .size(), 0);
    }

    @Test
    public void onlyTheBalloonOffStillWritesDevices() {
        var doc = TestXml.parse(DomainBuilder.named("tck-g").withDomainType("qemu").withArch("x86_64")
                .withMemballoon(false).build().toXml());
        assertEquals(doc.valueOf("/domain/devices/memballoon/@model"), "none");
        assertEquals(doc.selectNodes("/domain/devices/controller").size(), 0);
    }
}
