package org.libvirt.tck.suites.assertions;

import java.util.Arrays;
import java.util.List;

import org.libvirt.StoragePool;
import org.libvirt.StoragePoolInfo;
import org.libvirt.StoragePoolInfo.StoragePoolState;
import org.libvirt.tck.core.connect.LibvirtCall;
import org.libvirt.tck.core.connect.StableListing;

/**
 * Assertions on one storage pool's live state, each read from the driver when it is checked.
 *
 * <pre>{@code
 * assertThat(pool).isActive().isPersistent(true).isListedAsActive().hasPositiveCapacity();
 * }</pre>
 */
public final class StoragePoolAssert {

    private final StoragePool pool;
    private final String name;

    StoragePoolAssert(StoragePool pool) {
        if (pool == null) {
            throw new AssertionError("expected a storage pool but found null");
        }
        this.pool = pool;
        this.name = LibvirtCall.call(pool::getName);
    }

    public StoragePoolAssert hasName(String expected) {
        if (!expected.equals(name)) {
            fail("to be named " + expected, "name " + name);
        }
        return this;
    }

    /** Active: {@code isActive} is 1 and the state is {@code VIR_STORAGE_POOL_RUNNING}. */
    public StoragePoolAssert isActive() {
        isActive(true);
        return hasState(StoragePoolState.VIR_STORAGE_POOL_RUNNING);
    }

    /** Inactive: {@code isActive} is 0 and the state is {@code VIR_STORAGE_POOL_INACTIVE}. */
    public StoragePoolAssert isInactive() {
        isActive(false);
        return hasState(StoragePoolState.VIR_STORAGE_POOL_INACTIVE);
    }

    public StoragePoolAssert hasState(StoragePoolState expected) {
        StoragePoolState actual = info().state;
        if (actual != expected) {
            fail("to be in state " + expected, "state " + actual);
        }
        return this;
    }

    public StoragePoolAssert isPersistent(boolean expected) {
        int persistent = LibvirtCall.call(pool::isPersistent);
        if ((persistent == 1) != expected) {
            fail(expected ? "to be persistent" : "to be transient", "isPersistent() = " + persistent);
        }
        return this;
    }

    /** An active pool knows how much storage it has: capacity above zero. */
    public StoragePoolAssert hasPositiveCapacity() {
        StoragePoolInfo info = info();
        if (info.capacity <= 0) {
            fail("to report a capacity above 0 bytes", "capacity " + info.capacity + " bytes");
        }
        return this;
    }

    public StoragePoolAssert hasAutostart(boolean expected) {
        boolean autostart = LibvirtCall.call(pool::getAutostart);
        if (autostart != expected) {
            fail(expected ? "to be marked autostart" : "not to be marked autostart", "getAutostart() = " + autostart);
        }
        return this;
    }

    public StoragePoolAssert hasUuid(String expected) {
        String uuid = LibvirtCall.call(pool::getUUIDString);
        if (!uuid.equalsIgnoreCase(expected)) {
            fail("to have UUID " + expected, "UUID " + uuid);
        }
        return this;
    }

    /** The pool XML's {@code <pool type=...>}. */
    public StoragePoolAssert hasType(String expected) {
        return hasXmlValue("/pool/@type", "type", expected);
    }

    /** The pool XML's {@code <target><path>}. */
    public StoragePoolAssert hasTargetPath(String expected) {
        return hasXmlValue("/pool/target/path", "target path", expected);
    }

    /** Listed by {@code listStoragePools()} and not by {@code listDefinedStoragePools()}. */
    public StoragePoolAssert isListedAsActive() {
        List<String> active = activeNamesIncludingThis();
        if (!active.contains(name)) {
            fail("to be listed by listStoragePools()", "names " + active);
        }
        if (definedNames().contains(name)) {
            fail("not to be listed by listDefinedStoragePools() while active", "it listed");
        }
        return this;
    }

    /** Listed by {@code listDefinedStoragePools()} and not by {@code listStoragePools()}. */
    public StoragePoolAssert isListedAsDefined() {
        List<String> defined = definedNamesIncludingThis();
        if (!defined.contains(name)) {
            fail("to be listed by listDefinedStoragePools()", "names " + defined);
        }
        if (activeNames().contains(name)) {
            fail("not to be listed by listStoragePools() while inactive", "it listed");
        }
        return this;
    }

    /** {@code listVolumes()} holds the volume and {@code numOfVolumes()} agrees with the list's length. */
    public StoragePoolAssert listsVolume(String volume) {
        List<String> volumes = volumeNames();
        if (!volumes.contains(volume)) {
            fail("to list volume " + volume, "volumes " + volumes);
        }
        return hasVolumeCountMatchingList(volumes);
    }

    public StoragePoolAssert doesNotListVolume(String volume) {
        List<String> volumes = volumeNames();
        if (volumes.contains(volume)) {
            fail("not to list volume " + volume, "volumes " + volumes);
        }
        return hasVolumeCountMatchingList(volumes);
    }

    private StoragePoolAssert hasVolumeCountMatchingList(List<String> volumes) {
        int count = LibvirtCall.call(pool::numOfVolumes);
        if (count != volumes.size()) {
            fail("to count as many volumes as it lists (" + volumes.size() + ")", "numOfVolumes() = " + count);
        }
        return this;
    }

    private StoragePoolAssert hasXmlValue(String xpath, String what, String expected) {
        String xml = LibvirtCall.call(() -> pool.getXMLDesc(0));
        String actual = StorageXml.value(xml, xpath);
        if (!expected.equals(actual)) {
            fail("to have " + what + " '" + expected + "' in its XML", actual == null ? "none" : "'" + actual + "'");
        }
        return this;
    }

    private StoragePoolInfo info() {
        return LibvirtCall.call(pool::getInfo);
    }

    private List<String> volumeNames() {
        return Arrays.asList(LibvirtCall.call(pool::listVolumes));
    }

    // Listed: looked for again while other scenarios' pools come and go (see StableListing.namesIncluding).
    private List<String> activeNamesIncludingThis() {
        return LibvirtCall.call(() -> StableListing.namesIncluding(name, pool.getConnect()::numOfStoragePools,
                pool.getConnect()::listStoragePools));
    }

    private List<String> definedNamesIncludingThis() {
        return LibvirtCall.call(() -> StableListing.namesIncluding(name,
                pool.getConnect()::numOfDefinedStoragePools, pool.getConnect()::listDefinedStoragePools));
    }

    private List<String> activeNames() {
        return LibvirtCall.call(() -> StableListing.names(pool.getConnect()::numOfStoragePools,
                pool.getConnect()::listStoragePools));
    }

    private List<String> definedNames() {
        return LibvirtCall.call(() -> StableListing.names(pool.getConnect()::numOfDefinedStoragePools,
                pool.getConnect()::listDefinedStoragePools));
    }

    private void isActive(boolean expected) {
        int active = LibvirtCall.call(pool::isActive);
        if ((active == 1) != expected) {
            fail(expected ? "to be active" : "to be inactive", "isActive() = " + active);
        }
    }

    private void fail(String expected, String found) {
        throw new AssertionError("expected storage pool " + name + " " + expected + ", but found " + found);
    }
}
