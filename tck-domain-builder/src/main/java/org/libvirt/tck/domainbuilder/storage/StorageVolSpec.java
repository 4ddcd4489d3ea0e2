package org.libvirt.tck.domainbuilder.storage;

/**
 * A complete, checked storage volume definition as {@link StorageVolBuilder#build()} returns it; immutable.
 *
 * <pre>{@code
 * StorageVolSpec vol = StorageVolBuilder.named("tck-vol1.img").withCapacity(1L << 30).build();
 * pool.storageVolCreateXML(vol.toXml(), 0);
 * }</pre>
 *
 * @param name            the volume name, a file name in directory pools
 * @param capacityBytes   the size the guest sees, in bytes
 * @param allocationBytes the host storage to allocate up front, in bytes, or {@code null} for the pool's choice
 * @param format          the image format
 * @param backingStore    the image this one is a copy-on-write overlay of, or {@code null}
 */
public record StorageVolSpec(String name, long capacityBytes, Long allocationBytes, VolumeFormat format,
        BackingStore backingStore) {

    /**
     * The {@code <backingStore>} element.
     *
     * @param path   the backing image's path
     * @param format the backing image's format
     */
    public record BackingStore(String path, VolumeFormat format) {
    }

    /** The libvirt XML of this volume; see {@link StorageVolXmlWriter}. */
    public String toXml() {
        return StorageVolXmlWriter.toXml(this);
    }
}
