package org.libvirt.tck.suites.assertions;

import org.libvirt.StorageVol;
import org.libvirt.StorageVolInfo;
import org.libvirt.tck.core.connect.LibvirtCall;

/**
 * Assertions on one storage volume, each read from the driver when it is checked.
 *
 * <pre>{@code
 * assertThat(vol).hasCapacity(8L << 20).hasAllocation(0).hasFormat("raw").isInPool(poolName);
 * }</pre>
 */
public final class StorageVolAssert {

    private final StorageVol vol;
    private final String name;

    StorageVolAssert(StorageVol vol) {
        if (vol == null) {
            throw new AssertionError("expected a storage volume but found null");
        }
        this.vol = vol;
        this.name = LibvirtCall.call(vol::getName);
    }

    public StorageVolAssert hasName(String expected) {
        if (!expected.equals(name)) {
            fail("to be named " + expected, "name " + name);
        }
        return this;
    }

    /** The size the guest sees, from {@code getInfo()}. */
    public StorageVolAssert hasCapacity(long expectedBytes) {
        long capacity = info().capacity;
        if (capacity != expectedBytes) {
            fail("to have capacity " + expectedBytes + " bytes", capacity + " bytes");
        }
        return this;
    }

    /** The host storage it takes, from {@code getInfo()}. */
    public StorageVolAssert hasAllocation(long expectedBytes) {
        long allocation = info().allocation;
        if (allocation != expectedBytes) {
            fail("to have allocation " + expectedBytes + " bytes", allocation + " bytes");
        }
        return this;
    }

    /** The volume XML's {@code <target><format type=...>}. */
    public StorageVolAssert hasFormat(String expected) {
        return hasXmlValue("/volume/target/format/@type", "format", expected);
    }

    /** The volume XML's {@code <backingStore>} path and format. */
    public StorageVolAssert hasBackingStore(String expectedPath, String expectedFormat) {
        hasXmlValue("/volume/backingStore/path", "backing store path", expectedPath);
        return hasXmlValue("/volume/backingStore/format/@type", "backing store format", expectedFormat);
    }

    /** The volume XML has no {@code <backingStore>} with a path. */
    public StorageVolAssert hasNoBackingStore() {
        String xml = LibvirtCall.call(() -> vol.getXMLDesc(0));
        String path = StorageXml.value(xml, "/volume/backingStore/path");
        if (path != null && !path.isEmpty()) {
            fail("to have no backing store", "backing store " + path);
        }
        return this;
    }

    /** {@code storagePoolLookupByVolume()} gives the pool called {@code pool}. */
    public StorageVolAssert isInPool(String pool) {
        String actual = LibvirtCall.call(() -> vol.storagePoolLookupByVolume().getName());
        if (!pool.equals(actual)) {
            fail("to be in pool " + pool, "pool " + actual);
        }
        return this;
    }

    private StorageVolAssert hasXmlValue(String xpath, String what, String expected) {
        String xml = LibvirtCall.call(() -> vol.getXMLDesc(0));
        String actual = StorageXml.value(xml, xpath);
        if (!expected.equals(actual)) {
            fail("to have " + what + " '" + expected + "' in its XML", actual == null ? "none" : "'" + actual + "'");
        }
        return this;
    }

    private StorageVolInfo info() {
        return LibvirtCall.call(vol::getInfo);
    }

    private void fail(String expected, String found) {
        throw new AssertionError("expected storage volume " + name + " " + expected + ", but found " + found);
    }
}
