package org.libvirt.tck.domainbuilder.domain;

import static org.libvirt.tck.domainbuilder.Rejections.assertArgumentRejected;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;

import org.testng.annotations.Test;

public class DiskTest {

    @Test
    public void diskTypeFollowsFromFileSource() {
        Disk disk = Disk.file("/var/lib/tck/a.img");
        assertEquals(disk.type(), Disk.Type.FILE);
        assertEquals(disk.device(), Disk.Device.DISK);
        assertFalse(disk.isReadOnly());
    }

    @Test
    public void diskTypeFollowsFromBlockSource() {
        assertEquals(Disk.block("/dev/sdb").type(), Disk.Type.BLOCK);
    }

    @Test
    public void cdromIsAReadOnlyFileDevice() {
        Disk cdrom = Disk.cdrom("/var/lib/tck/a.iso");
        assertEquals(cdrom.type(), Disk.Type.FILE);
        assertEquals(cdrom.device(), Disk.Device.CDROM);
        assertTrue(cdrom.isReadOnly());
    }

    @Test
    public void eachChangeReturnsACopyAndLeavesTheOriginal() {
        Disk plain = Disk.file("/var/lib/tck/a.img");
        Disk changed = plain.format(DiskFormat.QCOW2).target("vda", DiskBus.VIRTIO);
        assertNull(plain.format());
        assertNull(plain.targetDev());
        assertEquals(changed, Disk.file("/var/lib/tck/a.img").target("vda", DiskBus.VIRTIO).format(DiskFormat.QCOW2));
    }

    @Test
    public void relativeFilePathIsRejected() {
        assertArgumentRejected(() -> Disk.file("a.img"),
                "disk file must be an absolute path such as /var/lib/tck/x, got 'a.img'");
    }

    @Test
    public void targetDevOutsideTheSchemasNamingIsRejected() {
        assertArgumentRejected(() -> Disk.file("/var/lib/tck/a.img").target("disk0", DiskBus.VIRTIO),
                "target dev must be a guest device name such as vda, sda or hdc, got 'disk0'");
    }

    @Test
    public void cdromOnVirtioBusIsRejected() {
        assertArgumentRejected(() -> Disk.cdrom("/var/lib/tck/a.iso").target("vdb", DiskBus.VIRTIO),
                "bus VIRTIO cannot carry a cdrom (virtio disks have no removable media): use SATA, SCSI, IDE or USB");
    }

    @Test
    public void missingBusIsRejected() {
        assertArgumentRejected(() -> Disk.file("/var/lib/tck/a.img").target("vda", null), "bus must not be null");
    }
}
