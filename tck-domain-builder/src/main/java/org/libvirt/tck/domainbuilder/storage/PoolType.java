package org.libvirt.tck.domainbuilder.storage;

/**
 * The kind of storage behind a pool, {@code <pool type=...>}; it follows from the {@link StoragePoolBuilder}
 * factory.
 */
public enum PoolType {
    DIR("dir"),
    LOGICAL("logical"),
    NETFS("netfs"),
    DISK("disk"),
    ISCSI("iscsi");

    private final String xmlValue;

    PoolType(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    /** The value of the {@code type} attribute. */
    public String xmlValue() {
        return xmlValue;
    }
}
