package org.libvirt.tck.suites.assertions;

import org.libvirt.StoragePool;
import org.libvirt.StorageVol;

/**
 * Entry point of the scenarios' assertions on storage pools and volumes, next to {@link LibvirtAssertions}.
 *
 * <pre>{@code
 * assertThat(pool).isActive().isPersistent(true).hasPositiveCapacity();
 * assertThat(vol).hasCapacity(8L << 20).hasAllocation(0).hasFormat("raw");
 * }</pre>
 */
public final class StorageAssertions {

    private StorageAssertions() {
    }

    public static StoragePoolAssert assertThat(StoragePool pool) {
        return new StoragePoolAssert(pool);
    }

    public static StorageVolAssert assertThat(StorageVol vol) {
        return new StorageVolAssert(vol);
    }
}
