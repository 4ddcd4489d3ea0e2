package org.libvirt.tck.domainbuilder.domain;

import java.util.Objects;
import java.util.regex.Pattern;

import org.libvirt.tck.domainbuilder.internal.Checks;

/**
 * A disk of a domain, {@code <disk>}: an immutable value, each method returning a changed copy.
 *
 * <p>The disk's {@code type} follows from the factory: {@link #file} and {@link #cdrom} give
 * {@code type='file'}, {@link #block} gives {@code type='block'}; its {@code device} is {@code disk} or
 * {@code cdrom} likewise.
 * <pre>{@code
 * Disk root = Disk.file("/var/lib/tck/root.qcow2").format(DiskFormat.QCOW2).target("vda", DiskBus.VIRTIO);
 * Disk iso = Disk.cdrom("/var/lib/tck/install.iso").target("sda", DiskBus.SATA);
 * }</pre>
 */
public final class Disk {

    /** The disk's {@code type} attribute: where its data lives. */
    public enum Type {
        FILE("file"),
        BLOCK("block");

        private final String xmlValue;

        Type(String xmlValue) {
            this.xmlValue = xmlValue;
        }

        /** The value of the {@code type} attribute. */
        public String xmlValue() {
            return xmlValue;
        }

        /** The {@code <source>} attribute naming the path: {@code file} or {@code dev}. */
        public String sourceAttribute() {
            return this == FILE ? "file" : "dev";
        }
    }

    /** The disk's {@code device} attribute: how the guest sees it. */
    public enum Device {
        DISK("disk"),
        CDROM("cdrom");

        private final String xmlValue;

        Device(String xmlValue) {
            this.xmlValue = xmlValue;
        }

        /** The value of the {@code device} attribute. */
        public String xmlValue() {
            return xmlValue;
        }
    }

    /** RNG {@code diskTargetDev}, without the obsolete {@code ioemu:} prefix. */
    private static final Pattern TARGET_DEV = Pattern.compile("(fd|hd|sd|vd|xvd|ubd)[a-zA-Z0-9_]+");

    private final Type type;
    private final Device device;
    private final String sourcePath;
    private final DiskFormat format;
    private final String targetDev;
    private final DiskBus bus;
    private final boolean readOnly;

    private Disk(Type type, Device device, String sourcePath, DiskFormat format, String targetDev, DiskBus bus,
            boolean readOnly) {
        this.type = type;
        this.device = device;
        this.sourcePath = sourcePath;
        this.format = format;
        this.targetDev = targetDev;
        this.bus = bus;
        this.readOnly = readOnly;
    }

    /** A disk backed by an image file, {@code <disk type='file' device='disk'>}. */
    public static Disk file(String path) {
        return new Disk(Type.FILE, Device.DISK, Checks.absolutePath("disk file", path), null, null, null, false);
    }

    /** A disk backed by a host block device, {@code <disk type='block' device='disk'>}. */
    public static Disk block(String dev) {
        return new Disk(Type.BLOCK, Device.DISK, Checks.absolutePath("disk block device", dev), null, null, null,
                false);
    }

    /** A CD-ROM holding an ISO image, {@code <disk type='file' device='cdrom'>}; always read-only, as in libvirt. */
    public static Disk cdrom(String isoPath) {
        return new Disk(Type.FILE, Device.CDROM, Checks.absolutePath("cdrom image", isoPath), null, null, null, true);
    }

    /** A CD-ROM drive with no medium, {@code <disk type='file' device='cdrom'>} without {@code <source>}. */
    public static Disk emptyCdrom() {
        return new Disk(Type.FILE, Device.CDROM, null, null, null, null, true);
    }

    /** Sets the image format, written as {@code <driver type=...>}. */
    public Disk format(DiskFormat format) {
        return new Disk(type, device, sourcePath, Checks.notNull("format", format), targetDev, bus, readOnly);
    }

    /**
     * Sets where the guest sees the disk, {@code <target dev=... bus=...>}; every disk needs one.
     *
     * @param dev the guest device name, e.g. {@code vda}, {@code sda}, {@code hdc}
     * @param bus the bus; a CD-ROM cannot sit on {@link DiskBus#VIRTIO}
     */
    public Disk target(String dev, DiskBus bus) {
        Checks.matches("target dev", dev, TARGET_DEV, "a guest device name such as vda, sda or hdc");
        Checks.notNull("bus", bus);
        if (device == Device.CDROM && bus == DiskBus.VIRTIO) {
            throw new IllegalArgumentException("bus VIRTIO cannot carry a cdrom (virtio disks have no removable "
                    + "media): use SATA, SCSI, IDE or USB");
        }
        return new Disk(type, device, sourcePath, format, dev, bus, readOnly);
    }

    /** Makes the disk read-only, {@code <readonly/>}. */
    public Disk readOnly() {
        return new Disk(type, device, sourcePath, format, targetDev, bus, true);
    }

    /** The {@code type} attribute, derived from the factory. */
    public Type type() {
        return type;
    }

    /** The {@code device} attribute, derived from the factory. */
    public Device device() {
        return device;
    }

    /** The file or device path of {@code <source>}, or {@code null} for an empty CD-ROM. */
    public String sourcePath() {
        return sourcePath;
    }

    /** The image format, or {@code null} to let the hypervisor decide. */
    public DiskFormat format() {
        return format;
    }

    /** The guest device name, or {@code null} until {@link #target} is called. */
    public String targetDev() {
        return targetDev;
    }

    /** The bus, or {@code null} until {@link #target} is called. */
    public DiskBus bus() {
        return bus;
    }

    /** Whether the guest may only read the disk. */
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Disk d && type == d.type && device == d.device && Objects.equals(sourcePath, d.sourcePath)
                && format == d.format && Objects.equals(targetDev, d.targetDev) && bus == d.bus
                && readOnly == d.readOnly;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, device, sourcePath, format, targetDev, bus, readOnly);
    }

    @Override
    public String toString() {
        return "Disk[" + type.xmlValue() + " " + device.xmlValue() + " " + sourcePath + " -> " + targetDev + "]";
    }
}
