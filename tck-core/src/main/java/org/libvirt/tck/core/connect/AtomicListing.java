package org.libvirt.tck.core.connect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.jna.ConnectionPointer;
import org.libvirt.tck.core.internal.jna.LibvirtNative;

/**
 * The names of all objects of a kind on a host, each kind from one {@code virConnectListAll*} call, which libvirt
 * answers atomically: an object that exists for the whole call is listed, whatever other threads create or remove
 * meanwhile. libvirt-java 0.5.4 binds these calls for domains only, and its other listings count first and then list
 * (see {@link StableListing}); the others are bound in {@link LibvirtNative}.
 *
 * <pre>{@code
 * List<String> networks = AtomicListing.networks(conn);               // active and inactive
 * Map<String, List<String>> pools = AtomicListing.poolsWithVolumes(conn); // an inactive pool shows no volumes
 * }</pre>
 *
 * <p>For the kit's own bookkeeping (which {@code tck} objects are on the host); scenarios check libvirt-java's
 * listings, the API under test. A failure is a {@link LibvirtError} with libvirt's exact code, e.g.
 * {@code VIR_ERR_NO_SUPPORT} from a driver without nwfilters (the test driver).
 */
public final class AtomicListing {

    private static final LibvirtNative LIBVIRT = LibvirtNative.INSTANCE;

    private AtomicListing() {
    }

    /** All domains, running or not ({@code virConnectListAllDomains}, which libvirt-java binds). */
    public static List<String> domains(Connect conn) {
        try {
            List<String> names = new ArrayList<>();
            for (Domain dom : requireNonNull(conn).listAllDomains(0)) {
                names.add(dom.getName());
            }
            return names;
        } catch (LibvirtException e) {
            throw LibvirtError.of(e);
        }
    }

    /** All networks, active or not ({@code virConnectListAllNetworks}). */
    public static List<String> networks(Connect conn) {
        PointerByReference array = new PointerByReference();
        return each("virConnectListAllNetworks", LIBVIRT.virConnectListAllNetworks(connection(conn), array, 0), array,
                LIBVIRT::virNetworkGetName, LIBVIRT::virNetworkFree);
    }

    /** All nwfilters ({@code virConnectListAllNWFilters}). */
    public static List<String> nwfilters(Connect conn) {
        PointerByReference array = new PointerByReference();
        return each("virConnectListAllNWFilters", LIBVIRT.virConnectListAllNWFilters(connection(conn), array, 0),
                array, LIBVIRT::virNWFilterGetName, LIBVIRT::virNWFilterFree);
    }

    /**
     * All storage pools, active or not ({@code virConnectListAllStoragePools}), in libvirt's order, each with the
     * names of its volumes ({@code virStoragePoolListAllVolumes}); an inactive pool, or one stopped or removed since
     * the pools were listed, has none.
     */
    public static Map<String, List<String>> poolsWithVolumes(Connect conn) {
        PointerByReference array = new PointerByReference();
        Map<String, List<String>> pools = new LinkedHashMap<>();
        each("virConnectListAllStoragePools", LIBVIRT.virConnectListAllStoragePools(connection(conn), array, 0),
                array, pool -> Map.entry(LIBVIRT.virStoragePoolGetName(pool), volumesOf(pool)),
                LIBVIRT::virStoragePoolFree).forEach(pool -> pools.put(pool.getKey(), pool.getValue()));
        return pools;
    }

    private static List<String> volumesOf(Pointer pool) {
        if (LIBVIRT.virStoragePoolIsActive(pool) != 1) {
            return List.of(); // inactive, or gone (then it is an error)
        }
        PointerByReference array = new PointerByReference();
        int count = LIBVIRT.virStoragePoolListAllVolumes(pool, array, 0);
        if (count < 0) {
            LibvirtError error = lastError("virStoragePoolListAllVolumes");
            if (error.is(ErrorNumber.VIR_ERR_NO_STORAGE_POOL) || error.is(ErrorNumber.VIR_ERR_OPERATION_INVALID)) {
                return List.of(); // stopped or removed since it was listed
            }
            throw error;
        }
        return each("virStoragePoolListAllVolumes", count, array, LIBVIRT::virStorageVolGetName,
                LIBVIRT::virStorageVolFree);
    }

    /**
     * What {@code read} makes of each of the {@code count} handles a listing put into {@code array}; every handle is
     * freed, and the array, whatever happens.
     */
    private static <T> List<T> each(String function, int count, PointerByReference array, Function<Pointer, T> read,
            ToIntFunction<Pointer> free) {
        if (count < 0) {
            throw lastError(function);
        }
        Pointer[] handles = count == 0 || array.getValue() == null ? new Pointer[0]
                : array.getValue().getPointerArray(0, count);
        try {
            List<T> values = new ArrayList<>(count);
            for (Pointer handle : handles) {
                values.add(read.apply(handle));
            }
            return values;
        } finally {
            for (Pointer handle : handles) {
                free.applyAsInt(handle);
            }
            if (array.getValue() != null) {
                Native.free(Pointer.nativeValue(array.getValue()));
            }
        }
    }

    private static ConnectionPointer connection(Connect conn) {
        return LibvirtNative.connectionPointer(requireNonNull(conn));
    }

    private static Connect requireNonNull(Connect conn) {
        if (conn == null) {
            throw new IllegalArgumentException("expected an open org.libvirt.Connect but found null");
        }
        return conn;
    }

    /** The calling thread's last libvirt error: read right after the failed call, on the same thread. */
    private static LibvirtError lastError(String function) {
        return LibvirtError.ofLastError(LIBVIRT.virGetLastError(), function);
    }
}
