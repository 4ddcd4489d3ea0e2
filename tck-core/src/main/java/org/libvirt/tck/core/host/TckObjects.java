package org.libvirt.tck.core.host;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.Network;
import org.libvirt.StoragePool;
import org.libvirt.tck.core.connect.AtomicListing;
import org.libvirt.tck.core.connect.LibvirtError;
import org.libvirt.tck.core.connect.NwfilterBinding;
import org.libvirt.tck.core.connect.NwfilterBindings;
import org.libvirt.tck.core.host.TckObject.Kind;

/**
 * Finds and removes the kit's objects on a host: those, and only those, whose name starts with {@link #PREFIX}, and
 * the nwfilter bindings of such filters (whatever their host device is called).
 *
 * <pre>{@code
 * List<TckObject> leftovers = TckObjects.find(conn);
 * if (!leftovers.isEmpty() && force) {
 *     TckObjects.remove(conn, leftovers);
 * }
 * }</pre>
 *
 * <p>A driver that does not implement a kind of object (the test driver has no nwfilters) simply has none.
 * Removing a filter first deletes the bindings that apply it, so that a scenario which names a filter through its
 * sandbox gets the bindings it created for it removed too; bindings of running domains go with their domains.
 */
public final class TckObjects {

    /** Every object the kit creates is named with this prefix; nothing else is ever touched. */
    public static final String PREFIX = "tck";

    // virDomainUndefineFlags: MANAGED_SAVE | SNAPSHOTS_METADATA | NVRAM | CHECKPOINTS_METADATA; drivers that do not
    // know all of them (the test driver) get the first two, which still take snapshots and a managed save along.
    private static final int UNDEFINE_EVERYTHING = 1 | 2 | 4 | 16;
    private static final int UNDEFINE_SAVE_AND_SNAPSHOTS = 1 | 2;

    private TckObjects() {
    }

    /** Whether {@code name} is one of the kit's. */
    public static boolean isOurs(String name) {
        return name != null && name.startsWith(PREFIX);
    }

    /**
     * All the kit's objects on the host, in removal order (domains first, nwfilter bindings, nwfilters last), each
     * kind from one atomic listing ({@link AtomicListing}): concurrent scenarios creating and removing their own
     * objects meanwhile cannot push one of these out of the answer.
     */
    public static List<TckObject> find(Connect conn) {
        List<TckObject> found = new ArrayList<>();
        for (String name : orNone(() -> AtomicListing.domains(conn), List.<String>of())) {
            add(found, Kind.DOMAIN, name, null);
        }
        for (String name : orNone(() -> AtomicListing.networks(conn), List.<String>of())) {
            add(found, Kind.NETWORK, name, null);
        }
        orNone(() -> AtomicListing.poolsWithVolumes(conn), Map.<String, List<String>>of()).forEach((pool, volumes) -> {
            for (String vol : volumes) {
                add(found, Kind.STORAGE_VOLUME, vol, pool);
            }
            add(found, Kind.STORAGE_POOL, pool, null);
        });
        if (!LACKS_NWFILTERS.contains(conn)) {
            try {
                for (String name : AtomicListing.nwfilters(conn)) {
                    add(found, Kind.NWFILTER, name, null);
                }
                for (NwfilterBinding binding : bindingsOrNone(conn)) {
                    if (isOurs(binding.filterName())) {
                        found.add(TckObject.nwfilterBinding(binding.portdev(), binding.filterName()));
                    }
                }
            } catch (LibvirtError e) {
                if (!e.isNoSupport()) {
                    throw e;
                }
                LACKS_NWFILTERS.add(conn); // not asked again: each time would cost a libvirt error
            }
        }
        found.sort(Comparator.comparing(TckObject::kind));
        return found;
    }

    /**
     * Removes the given objects in dependency order; each is taken down (destroyed) and then deleted or undefined.
     *
     * @return the objects that could not be removed, each with the reason, empty when all went
     * @throws IllegalArgumentException if any object is not the kit's
     */
    public static List<String> remove(Connect conn, List<TckObject> objects) {
        List<String> failures = new ArrayList<>();
        List<TckObject> ordered = new ArrayList<>(objects);
        ordered.sort(Comparator.comparing(TckObject::kind));
        for (TckObject object : ordered) {
            if (!isOurs(object.owningName())) {
                throw new IllegalArgumentException("refusing to remove " + object + ": "
                        + (object.kind() == Kind.NWFILTER_BINDING ? "its filter is " : "") + "not named " + PREFIX + "*");
            }
            try {
                removeOne(conn, object);
            } catch (LibvirtException | LibvirtError e) {
                LibvirtError error = LibvirtError.find(e);
                // Gone already, or a kind this driver does not have: either way there is nothing to remove.
                if (!isGone(error) && !error.isNoSupport()) {
                    failures.add(object + ": " + error.libvirtMessage());
                }
            }
        }
        return failures;
    }

    /** Removes every object of the kit's; returns what could not be removed. */
    public static List<String> removeAll(Connect conn) {
        return remove(conn, find(conn));
    }

    private static void removeOne(Connect conn, TckObject object) throws LibvirtException {
        switch (object.kind()) {
            case DOMAIN -> {
                Domain dom = conn.domainLookupByName(object.name());
                if (dom.isActive() == 1) {
                    dom.destroy();
                }
                if (dom.isPersistent() == 1) {
                    undefine(conn, dom);
                }
            }
            case NETWORK -> {
                Network net = conn.networkLookupByName(object.name());
                if (net.isActive() == 1) {
                    net.destroy();
                }
                if (net.isPersistent() == 1) {
                    net.undefine();
                }
            }
            case STORAGE_VOLUME -> {
                StoragePool pool = conn.storagePoolLookupByName(object.parent());
                if (pool.isActive() != 1) {
                    return; // an inactive pool shows no volumes; removing the pool takes care of its folder
                }
                pool.storageVolLookupByName(object.name()).delete(0);
            }
            case STORAGE_POOL -> {
                StoragePool pool = conn.storagePoolLookupByName(object.name());
                if (pool.isActive() == 1) {
                    pool.destroy();
                }
                if (pool.isPersistent() == 1) {
                    pool.undefine();
                }
            }
            case NWFILTER_BINDING -> {
                // The device may have been given to another binding since it was listed: delete only one of ours.
                if (isOurs(NwfilterBindings.lookup(conn, object.name()).filterName())) {
                    NwfilterBindings.delete(conn, object.name());
                }
            }
            case NWFILTER -> {
                // Bindings first, even when the filter itself was never defined (a binding may name a missing one).
                for (NwfilterBinding binding : bindingsOrNone(conn)) {
                    if (binding.filterName().equals(object.name())) {
                        deleteBinding(conn, binding.portdev());
                    }
                }
                conn.networkFilterLookupByName(object.name()).undefine();
            }
        }
    }

    /** The host's nwfilter bindings, or none when the driver has no bindings (before libvirt 4.5, or no nwfilters). */
    private static List<NwfilterBinding> bindingsOrNone(Connect conn) {
        try {
            return NwfilterBindings.list(conn);
        } catch (LibvirtError e) {
            if (e.isNoSupport()) {
                return List.of();
            }
            throw e;
        }
    }

    private static void deleteBinding(Connect conn, String portdev) {
        try {
            NwfilterBindings.delete(conn, portdev);
        } catch (LibvirtError e) {
            if (!isGone(e)) {
                throw e;
            }
        }
    }

    /**
     * Undefines with the first set of flags the driver accepts; 0 means the plain {@code virDomainUndefine}. A
     * connection whose driver rejected {@link #UNDEFINE_EVERYTHING} as flags it does not know (the test driver) is not
     * asked with them again: each time would cost a libvirt error.
     */
    private static void undefine(Connect conn, Domain dom) throws LibvirtException {
        if (!FEWER_UNDEFINE_FLAGS.contains(conn)) {
            try {
                dom.undefine(UNDEFINE_EVERYTHING);
                return;
            } catch (LibvirtException e) {
                LibvirtError error = LibvirtError.of(e);
                if (isGone(error)) {
                    return;
                }
                if (error.is(ErrorNumber.VIR_ERR_INVALID_ARG) || error.isNoSupport()) {
                    FEWER_UNDEFINE_FLAGS.add(conn);
                }
            }
        }
        undefineWithFlags(dom, UNDEFINE_SAVE_AND_SNAPSHOTS, 0);
    }

    /** Undefines with the first set of flags the driver accepts; 0 means the plain {@code virDomainUndefine}. */
    private static void undefineWithFlags(Domain dom, int... flagSets) throws LibvirtException {
        LibvirtException last = null;
        for (int flags : flagSets) {
            try {
                if (flags == 0) {
                    dom.undefine();
                } else {
                    dom.undefine(flags);
                }
                return;
            } catch (LibvirtException e) {
                if (isGone(LibvirtError.of(e))) {
                    return;
                }
                last = e;
            }
        }
        throw last;
    }

    /** Whether an error only says the object is already gone, which is what removal wanted. */
    private static boolean isGone(LibvirtError error) {
        return switch (error.codeName()) {
            case "VIR_ERR_NO_DOMAIN", "VIR_ERR_NO_NETWORK", "VIR_ERR_NO_STORAGE_POOL", "VIR_ERR_NO_STORAGE_VOL",
                    "VIR_ERR_NO_NWFILTER", "VIR_ERR_NO_NWFILTER_BINDING" -> true;
            default -> false;
        };
    }

    /** A kind the driver does not implement has no objects. */
    private static <T> T orNone(Supplier<T> listing, T none) {
        try {
            return listing.get();
        } catch (LibvirtError e) {
            if (e.isNoSupport()) {
                return none;
            }
            throw e;
        }
    }

    private static void add(List<TckObject> found, Kind kind, String name, String parent) {
        if (isOurs(name)) {
            found.add(new TckObject(kind, name, parent));
        }
    }

    // Connections whose driver has no nwfilters (the test driver), and those whose driver rejected the undefine flags
    // of UNDEFINE_EVERYTHING: asking again after every scenario would cost a libvirt error each time.
    private static final Connections LACKS_NWFILTERS = new Connections();
    private static final Connections FEWER_UNDEFINE_FLAGS = new Connections();

    /** A set of connections, compared by identity (libvirt-java's equals() calls into libvirt) and held weakly. */
    private static final class Connections {

        private final List<WeakReference<Connect>> refs = new ArrayList<>();

        synchronized boolean contains(Connect conn) {
            refs.removeIf(ref -> ref.get() == null);
            return refs.stream().anyMatch(ref -> ref.get() == conn);
        }

        synchronized void add(Connect conn) {
            if (!contains(conn)) {
                refs.add(new WeakReference<>(conn));
            }
        }
    }
}
