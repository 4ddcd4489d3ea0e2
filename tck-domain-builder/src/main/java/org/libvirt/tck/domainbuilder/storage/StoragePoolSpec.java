package org.libvirt.tck.domainbuilder.storage;

import java.util.UUID;

/**
 * A complete, checked storage pool definition as {@link StoragePoolBuilder#build()} returns it; immutable.
 *
 * <pre>{@code
 * StoragePoolSpec pool = StoragePoolBuilder.dir("tck-pool1", "/var/lib/tck/pool1").build();
 * conn.storagePoolDefineXML(pool.toXml(), 0);
 * }</pre>
 *
 * @param type       the pool type
 * @param name       the pool name
 * @param uuid       the UUID, or {@code null} to let libvirt generate one
 * @param source     where the storage comes from, or {@code null} for a directory pool, which has none
 * @param targetPath where the pool's volumes appear on the host, {@code <target><path>}
 */
public record StoragePoolSpec(PoolType type, String name, UUID uuid, Source source, String targetPath) {

    /**
     * The {@code <source>} element; the pool type decides which parts are set.
     *
     * @param host   the server, {@code <host name=...>} (netfs, iscsi), or {@code null}
     * @param device the device, {@code <device path=...>}: a disk or an iSCSI target IQN, or {@code null}
     * @param dir    the exported directory, {@code <dir path=...>} (netfs), or {@code null}
     * @param name   the volume group, {@code <name>} (logical), or {@code null}
     */
    public record Source(String host, String device, String dir, String name) {
    }

    /** The libvirt XML of this pool; see {@link StoragePoolXmlWriter}. */
    public String toXml() {
        return StoragePoolXmlWriter.toXml(this);
    }
}
