package org.libvirt.tck.domainbuilder.storage;

import java.util.regex.Pattern;

import org.libvirt.tck.domainbuilder.NamedBuilder;
import org.libvirt.tck.domainbuilder.internal.Checks;

/**
 * Builds a storage pool definition, {@code <pool>}, that libvirt's schema accepts; the factory chosen decides the
 * pool type and its source.
 *
 * <pre>{@code
 * StoragePoolSpec dir = StoragePoolBuilder.dir("tck-pool1", "/var/lib/tck/pool1").withUuid(uuid).build();
 * StoragePoolSpec nfs = StoragePoolBuilder.netfs("tck-pool2", "nfs.example.org", "/export/tck", "/mnt/tck").build();
 * StoragePoolSpec lvm = StoragePoolBuilder.logical("tck-pool3", "tckvg").build();
 * }</pre>
 *
 * <p>Each argument is checked when it is given ({@link IllegalArgumentException}).
 */
public final class StoragePoolBuilder extends NamedBuilder<StoragePoolBuilder> {

    /** RNG {@code dnsName}, which IPv4 addresses match too. */
    private static final Pattern HOST = Pattern.compile("[a-zA-Z0-9.\\-]+");
    /** RNG {@code IscsiQualifiedName}. */
    private static final Pattern IQN = Pattern.compile("iqn\\.[0-9]{4}-(0[1-9]|1[0-2])\\.[a-zA-Z0-9.\\-]+(:.+)?");
    /** A volume group name as LVM allows it. */
    private static final Pattern VOLUME_GROUP = Pattern.compile("[a-zA-Z0-9+_.][a-zA-Z0-9+_.\\-]{0,127}");

    private final PoolType type;
    private final StoragePoolSpec.Source source;
    private final String targetPath;

    private StoragePoolBuilder(PoolType type, String name, StoragePoolSpec.Source source, String targetPath) {
        super("pool name", name);
        this.type = type;
        this.source = source;
        this.targetPath = targetPath;
    }

    /** A pool of image files in a host directory, {@code <pool type='dir'>}. */
    public static StoragePoolBuilder dir(String name, String targetPath) {
        return new StoragePoolBuilder(PoolType.DIR, name, null, Checks.absolutePath("targetPath", targetPath));
    }

    /**
     * A pool of the logical volumes of an existing LVM volume group, {@code <pool type='logical'>}; its volumes
     * appear under {@code /dev/<volumeGroup>}, as libvirt sets it.
     */
    public static StoragePoolBuilder logical(String name, String volumeGroup) {
        Checks.matches("volumeGroup", volumeGroup, VOLUME_GROUP, "an LVM volume group name such as tckvg");
        return new StoragePoolBuilder(PoolType.LOGICAL, name,
                new StoragePoolSpec.Source(null, null, null, volumeGroup), "/dev/" + volumeGroup);
    }

    /** A pool on a network file system export mounted at {@code targetPath}, {@code <pool type='netfs'>}. */
    public static StoragePoolBuilder netfs(String name, String host, String exportPath, String targetPath) {
        String dir = Checks.absolutePath("exportPath", exportPath);
        return new StoragePoolBuilder(PoolType.NETFS, name, new StoragePoolSpec.Source(host(host), null, dir, null),
                Checks.absolutePath("targetPath", targetPath));
    }

    /** A pool of the partitions of a host disk, {@code <pool type='disk'>}. */
    public static StoragePoolBuilder disk(String name, String device, String targetPath) {
        return new StoragePoolBuilder(PoolType.DISK, name,
                new StoragePoolSpec.Source(null, Checks.absolutePath("device", device), null, null),
                Checks.absolutePath("targetPath", targetPath));
    }

    /**
     * A pool of the LUNs of an iSCSI target, {@code <pool type='iscsi'>}.
     *
     * @param iqn        the target's qualified name, e.g. {@code iqn.2013-06.com.example:tck}
     * @param targetPath where the LUNs appear, usually {@code /dev/disk/by-path}
     */
    public static StoragePoolBuilder iscsi(String name, String host, String iqn, String targetPath) {
        Checks.matches("iqn", iqn, IQN, "an iSCSI qualified name such as iqn.2013-06.com.example:tck");
        return new StoragePoolBuilder(PoolType.ISCSI, name, new StoragePoolSpec.Source(host(host), iqn, null, null),
                Checks.absolutePath("targetPath", targetPath));
    }

    /** Returns the immutable definition; the factories leave nothing to combine wrongly. */
    public StoragePoolSpec build() {
        return new StoragePoolSpec(type, name(), uuid(), source, targetPath);
    }

    private static String host(String host) {
        return Checks.matches("host", host, HOST, "a DNS name or IPv4 address such as nfs.example.org");
    }
}
