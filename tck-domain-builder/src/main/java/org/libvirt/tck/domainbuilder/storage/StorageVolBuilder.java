package org.libvirt.tck.domainbuilder.storage;

import org.libvirt.tck.domainbuilder.internal.Checks;

/**
 * Builds a storage volume definition, {@code <volume>}, that libvirt's schema accepts.
 *
 * <pre>{@code
 * StorageVolSpec base = StorageVolBuilder.named("tck-base.img").withCapacity(1L << 30).build();
 * StorageVolSpec overlay = StorageVolBuilder.named("tck-overlay.qcow2")
 *         .withCapacity(1L << 30)
 *         .withFormat(VolumeFormat.QCOW2)
 *         .withBackingStore("/var/lib/tck/pool1/tck-base.img", VolumeFormat.RAW)
 *         .build();
 * }</pre>
 *
 * <p>Each argument is checked when it is set ({@link IllegalArgumentException}); {@link #build()} checks that
 * the parts fit together ({@link IllegalStateException}).
 */
public final class StorageVolBuilder {

    /** The volume's format when none is set. */
    public static final VolumeFormat DEFAULT_FORMAT = VolumeFormat.RAW;

    private final String name;
    private Long capacityBytes;
    private Long allocationBytes;
    private VolumeFormat format;
    private StorageVolSpec.BackingStore backingStore;

    private StorageVolBuilder(String name) {
        Checks.objectName("volume name", name);
        if (name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("volume name must be a file name, not " + Checks.quote(name));
        }
        this.name = name;
    }

    /**
     * Starts a volume called {@code name}.
     *
     * @param name a file name: non-empty, a single line without {@code '/'}, neither {@code .} nor {@code ..}
     */
    public static StorageVolBuilder named(String name) {
        return new StorageVolBuilder(name);
    }

    /** Sets the size the guest sees, in bytes; required. */
    public StorageVolBuilder withCapacity(long bytes) {
        this.capacityBytes = Checks.notNegative("capacity bytes", bytes);
        return this;
    }

    /** Sets the host storage to allocate up front, in bytes; must not be above the capacity. */
    public StorageVolBuilder withAllocation(long bytes) {
        this.allocationBytes = Checks.notNegative("allocation bytes", bytes);
        return this;
    }

    /** Sets the image format; default {@link #DEFAULT_FORMAT}. */
    public StorageVolBuilder withFormat(VolumeFormat format) {
        this.format = Checks.notNull("format", format);
        return this;
    }

    /**
     * Makes the volume a copy-on-write overlay of an existing image; the volume's own format must be
     * {@link VolumeFormat#QCOW2}.
     *
     * @param path   the backing image's path
     * @param format the backing image's format
     */
    public StorageVolBuilder withBackingStore(String path, VolumeFormat format) {
        this.backingStore = new StorageVolSpec.BackingStore(Checks.absolutePath("backing store path", path),
                Checks.notNull("backing store format", format));
        return this;
    }

    /**
     * Checks that the parts fit together, applies the defaults and returns the immutable definition.
     *
     * @throws IllegalStateException naming the combination that libvirt would reject
     */
    public StorageVolSpec build() {
        if (capacityBytes == null) {
            throw new IllegalStateException("no capacity: call withCapacity(bytes)");
        }
        if (allocationBytes != null && allocationBytes > capacityBytes) {
            throw new IllegalStateException("allocation " + allocationBytes + " bytes is above capacity "
                    + capacityBytes + " bytes: a volume cannot allocate more than its size");
        }
        VolumeFormat chosen = format == null ? DEFAULT_FORMAT : format;
        if (backingStore != null && chosen != VolumeFormat.QCOW2) {
            throw new IllegalStateException("a backing store needs format QCOW2, but the volume format is " + chosen
                    + (format == null ? " (the default)" : "") + ": call withFormat(VolumeFormat.QCOW2)");
        }
        return new StorageVolSpec(name, capacityBytes, allocationBytes, chosen, backingStore);
    }
}
