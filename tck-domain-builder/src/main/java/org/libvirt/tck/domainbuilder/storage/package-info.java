/**
 * Storage pool and volume definitions, {@code <pool>} and {@code <volume>}:
 * {@link org.libvirt.tck.domainbuilder.storage.StoragePoolBuilder} and
 * {@link org.libvirt.tck.domainbuilder.storage.StorageVolBuilder}.
 */
package org.libvirt.tck.domainbuilder.storage;
