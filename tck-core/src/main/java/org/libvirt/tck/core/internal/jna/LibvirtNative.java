package org.libvirt.tck.core.internal.jna;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.Network;
import org.libvirt.jna.ConnectionPointer;
import org.libvirt.jna.DomainPointer;
import org.libvirt.jna.NetworkPointer;
import org.libvirt.jna.virError;
import org.libvirt.jna.virTypedParameter;

/**
 * The libvirt C functions the TCK needs but libvirt-java 0.5.4 does not bind.
 *
 * <p>This is the only place the TCK calls libvirt directly. Keep it to functions libvirt-java lacks;
 * everything else goes through {@link Connect} so errors and memory are handled as libvirt-java does.
 * It loads the same {@code libvirt.so} that libvirt-java loads, so connection pointers taken from a
 * {@link Connect} are valid here.
 *
 * <pre>{@code
 * Pointer xml = LibvirtNative.INSTANCE.virConnectGetDomainCapabilities(
 *         LibvirtNative.connectionPointer(conn), null, null, null, "qemu", 0);
 * String text = xml == null ? null : LibvirtNative.takeString(xml); // frees xml
 * }</pre>
 *
 * <p>Memory: strings libvirt returns to the caller are {@code malloc}ed and must be passed to
 * {@link #takeString}, which copies and frees them with libc {@code free}. The {@link virError} of
 * {@link #virGetLastError} belongs to libvirt (per thread) and must not be freed.
 *
 * <p>Typed parameters are passed as libvirt-java's own {@link virTypedParameter} structures, in an array from
 * {@code new virTypedParameter().toArray(n)} (contiguous memory, as the C functions expect), exactly as
 * libvirt-java passes them to {@code virDomainBlockCopy}. String values libvirt puts into an array the caller gave
 * are the caller's: release them with {@link #virTypedParamsClear} once read.
 */
public interface LibvirtNative extends Library {

    /** The binding; loading fails with {@link UnsatisfiedLinkError} when libvirt is not installed. */
    LibvirtNative INSTANCE = Native.load(Platform.isWindows() ? "virt-0" : "virt", LibvirtNative.class,
            Map.of(Library.OPTION_STRING_ENCODING, StandardCharsets.UTF_8.name()));

    /**
     * {@code char *virConnectGetDomainCapabilities(virConnectPtr conn, const char *emulatorbin,
     * const char *arch, const char *machine, const char *virttype, unsigned int flags)}, since libvirt 1.2.7.
     *
     * @return the XML, to be released with {@link #takeString}; {@code null} on error, then see
     *         {@link #virGetLastError}
     */
    Pointer virConnectGetDomainCapabilities(ConnectionPointer conn, String emulatorbin, String arch,
            String machine, String virttype, int flags);

    // ---- nwfilter bindings (virNWFilterBinding*, since libvirt 4.5); wrapped by connect.NwfilterBindings ----

    /**
     * {@code virNWFilterBindingPtr virNWFilterBindingCreateXML(virConnectPtr conn, const char *xml,
     * unsigned int flags)}.
     *
     * @return the new binding, to be released with {@link #virNWFilterBindingFree}; {@code null} on error
     */
    NWFilterBindingPointer virNWFilterBindingCreateXML(ConnectionPointer conn, String xml, int flags);

    /**
     * {@code virNWFilterBindingPtr virNWFilterBindingLookupByPortDev(virConnectPtr conn, const char *portdev)}.
     *
     * @return the binding, to be released with {@link #virNWFilterBindingFree}; {@code null} on error
     */
    NWFilterBindingPointer virNWFilterBindingLookupByPortDev(ConnectionPointer conn, String portdev);

    /**
     * {@code int virConnectListAllNWFilterBindings(virConnectPtr conn, virNWFilterBindingPtr **bindings,
     * unsigned int flags)}: on success {@code bindings} points to a {@code malloc}ed array of that many
     * bindings; each must go to {@link #virNWFilterBindingFree}, the array to libc {@code free}.
     *
     * @return the number of bindings, or -1 on error
     */
    int virConnectListAllNWFilterBindings(ConnectionPointer conn, PointerByReference bindings, int flags);

    /**
     * {@code char *virNWFilterBindingGetXMLDesc(virNWFilterBindingPtr binding, unsigned int flags)}.
     *
     * @return the XML, to be released with {@link #takeString}; {@code null} on error
     */
    Pointer virNWFilterBindingGetXMLDesc(NWFilterBindingPointer binding, int flags);

    /** {@code const char *virNWFilterBindingGetPortDev(virNWFilterBindingPtr binding)}: owned by the binding. */
    String virNWFilterBindingGetPortDev(NWFilterBindingPointer binding);

    /** {@code const char *virNWFilterBindingGetFilterName(virNWFilterBindingPtr binding)}: owned by the binding. */
    String virNWFilterBindingGetFilterName(NWFilterBindingPointer binding);

    /** {@code int virNWFilterBindingDelete(virNWFilterBindingPtr binding)}: 0, or -1 on error; still to be freed. */
    int virNWFilterBindingDelete(NWFilterBindingPointer binding);

    /** {@code int virNWFilterBindingFree(virNWFilterBindingPtr binding)}: releases the handle, not the binding. */
    int virNWFilterBindingFree(NWFilterBindingPointer binding);

    /** A {@code virNWFilterBindingPtr}: a handle the caller owns and passes to {@link #virNWFilterBindingFree}. */
    class NWFilterBindingPointer extends PointerType {
        public NWFilterBindingPointer() {
        }

        public NWFilterBindingPointer(Pointer pointer) {
            super(pointer);
        }
    }

    // ---- end of nwfilter bindings ----

    // ---- atomic listings (virConnectListAll*, since libvirt 0.10.2; libvirt-java has the domains' only); wrapped by
    // connect.AtomicListing ----
    // Each returns how many objects it put into a malloced array (-1 on error): every handle goes to its *Free, the
    // array to libc free. The names the *GetName functions return belong to the handle.

    /** {@code int virConnectListAllNetworks(virConnectPtr conn, virNetworkPtr **nets, unsigned int flags)}. */
    int virConnectListAllNetworks(ConnectionPointer conn, PointerByReference nets, int flags);

    /** {@code const char *virNetworkGetName(virNetworkPtr network)}. */
    String virNetworkGetName(Pointer network);

    /** {@code int virNetworkFree(virNetworkPtr network)}. */
    int virNetworkFree(Pointer network);

    /** {@code int virConnectListAllStoragePools(virConnectPtr conn, virStoragePoolPtr **pools, unsigned int flags)}. */
    int virConnectListAllStoragePools(ConnectionPointer conn, PointerByReference pools, int flags);

    /** {@code const char *virStoragePoolGetName(virStoragePoolPtr pool)}. */
    String virStoragePoolGetName(Pointer pool);

    /** {@code int virStoragePoolIsActive(virStoragePoolPtr pool)}: 1, 0, or -1 on error. */
    int virStoragePoolIsActive(Pointer pool);

    /**
     * {@code int virStoragePoolListAllVolumes(virStoragePoolPtr pool, virStorageVolPtr **vols, unsigned int flags)}.
     */
    int virStoragePoolListAllVolumes(Pointer pool, PointerByReference vols, int flags);

    /** {@code int virStoragePoolFree(virStoragePoolPtr pool)}. */
    int virStoragePoolFree(Pointer pool);

    /** {@code const char *virStorageVolGetName(virStorageVolPtr vol)}. */
    String virStorageVolGetName(Pointer vol);

    /** {@code int virStorageVolFree(virStorageVolPtr vol)}. */
    int virStorageVolFree(Pointer vol);

    /** {@code int virConnectListAllNWFilters(virConnectPtr conn, virNWFilterPtr **filters, unsigned int flags)}. */
    int virConnectListAllNWFilters(ConnectionPointer conn, PointerByReference filters, int flags);

    /** {@code const char *virNWFilterGetName(virNWFilterPtr nwfilter)}. */
    String virNWFilterGetName(Pointer nwfilter);

    /** {@code int virNWFilterFree(virNWFilterPtr nwfilter)}. */
    int virNWFilterFree(Pointer nwfilter);

    // ---- end of atomic listings ----

    /**
     * {@code int virDomainSetMemoryFlags(virDomainPtr domain, unsigned long memory, unsigned int flags)}, since
     * libvirt 0.9.0: the memory in KiB of the live domain, its configuration, or (with
     * {@code VIR_DOMAIN_MEM_MAXIMUM}) its maximum.
     *
     * @return 0, or -1 on error
     */
    int virDomainSetMemoryFlags(DomainPointer domain, NativeLong memory, int flags);

    /**
     * {@code int virDomainGetNumaParameters(virDomainPtr domain, virTypedParameterPtr params, int *nparams,
     * unsigned int flags)}, since libvirt 0.9.9. With {@code params} {@code null} and {@code *nparams} 0 it only
     * sets {@code *nparams} to how many parameters there are.
     *
     * @return 0, or -1 on error
     */
    int virDomainGetNumaParameters(DomainPointer domain, virTypedParameter[] params, IntByReference nparams,
            int flags);

    /**
     * {@code int virDomainSetNumaParameters(virDomainPtr domain, virTypedParameterPtr params, int nparams,
     * unsigned int flags)}, since libvirt 0.9.9.
     *
     * @return 0, or -1 on error
     */
    int virDomainSetNumaParameters(DomainPointer domain, virTypedParameter[] params, int nparams, int flags);

    /**
     * {@code int virDomainGetInterfaceParameters(virDomainPtr domain, const char *device,
     * virTypedParameterPtr params, int *nparams, unsigned int flags)}, since libvirt 0.9.9; {@code device} is the
     * interface's host device name or MAC address. Counting works as for {@link #virDomainGetNumaParameters}.
     *
     * @return 0, or -1 on error
     */
    int virDomainGetInterfaceParameters(DomainPointer domain, String device, virTypedParameter[] params,
            IntByReference nparams, int flags);

    /**
     * {@code int virDomainSetInterfaceParameters(virDomainPtr domain, const char *device,
     * virTypedParameterPtr params, int nparams, unsigned int flags)}, since libvirt 0.9.9.
     *
     * @return 0, or -1 on error
     */
    int virDomainSetInterfaceParameters(DomainPointer domain, String device, virTypedParameter[] params,
            int nparams, int flags);

    /**
     * {@code void virTypedParamsClear(virTypedParameterPtr params, int nparams)}, since libvirt 1.0.2: frees the
     * strings libvirt allocated in {@code params}, not the array itself.
     */
    void virTypedParamsClear(Pointer params, int nparams);

    /**
     * {@code int virNetworkUpdate(virNetworkPtr network, unsigned int command, unsigned int section,
     * int parentIndex, const char *xml, unsigned int flags)}, since libvirt 0.10.2.
     *
     * @return 0 on success, -1 on error, then see {@link #virGetLastError}
     */
    int virNetworkUpdate(NetworkPointer network, int command, int section, int parentIndex, String xml, int flags);

    /**
     * {@code virErrorPtr virGetLastError(void)}: the last error of the calling thread, or {@code null}.
     * JNA copies the struct on return; the native struct stays libvirt's.
     */
    virError virGetLastError();

    /**
     * The {@code virConnectPtr} of a libvirt-java connection; {@code null} once the connection is closed
     * (libvirt then fails the call with an invalid-connection error).
     */
    static ConnectionPointer connectionPointer(Connect conn) {
        return (ConnectionPointer) HandleField.CONNECT.read(conn);
    }

    /** The {@code virDomainPtr} of a libvirt-java domain; {@code null} once it is freed. */
    static DomainPointer domainPointer(Domain domain) {
        return (DomainPointer) HandleField.DOMAIN.read(domain);
    }

    /** The {@code virNetworkPtr} of a libvirt-java network handle. */
    static NetworkPointer networkPointer(Network net) {
        return (NetworkPointer) HandleField.NETWORK.read(net);
    }

    /** Copies a UTF-8 C string libvirt gave to the caller, then frees it with libc {@code free}. */
    static String takeString(Pointer owned) {
        try {
            return owned.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            Native.free(Pointer.nativeValue(owned));
        }
    }

    /**
     * The field in which libvirt-java 0.5.x keeps a handle's native pointer, found once per class:
     * {@code Connect.vcp}, {@code Domain.vdp}, {@code Network.vnp}.
     */
    enum HandleField {
        CONNECT(Connect.class, "vcp", "connection"),
        DOMAIN(Domain.class, "vdp", "domain"),
        NETWORK(Network.class, "vnp", "network");

        private final Class<?> owner;
        private final String name;
        private final String what;
        private volatile Field field;

        HandleField(Class<?> owner, String name, String what) {
            this.owner = owner;
            this.name = name;
            this.what = what;
        }

        Object read(Object handle) {
            try {
                return field().get(handle);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + owner.getName() + "." + name + "; is libvirt-java "
                        + "0.5.x on the class path and not in a named module?", e);
            }
        }

        private Field field() {
            Field found = field;
            if (found == null) {
                try {
                    found = owner.getDeclaredField(name);
                    found.setAccessible(true);
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(owner.getName() + " has no field " + name + "; this TCK needs "
                            + "libvirt-java 0.5.x, where the " + what + " pointer is kept there", e);
                }
                field = found;
            }
            return found;
        }
    }
}
