package org.libvirt.tck.core.connect;

import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import org.libvirt.Connect;
import org.libvirt.Error;
import org.libvirt.jna.ConnectionPointer;
import org.libvirt.tck.core.internal.jna.LibvirtNative;
import org.libvirt.tck.core.internal.jna.LibvirtNative.NWFilterBindingPointer;

/**
 * Creates, finds, lists and deletes nwfilter bindings, which libvirt-java 0.5.4 cannot do (libvirt 4.5 and later).
 *
 * <pre>{@code
 * NwfilterBinding created = NwfilterBindings.create(conn, bindingXml);
 * NwfilterBinding found = NwfilterBindings.lookup(conn, "vnet3");    // found.filterName(), found.xml()
 * List<NwfilterBinding> all = NwfilterBindings.list(conn);
 * NwfilterBindings.delete(conn, "vnet3");
 * }</pre>
 *
 * <p>A running domain whose interface has a {@code <filterref>} has a binding on its host device; libvirt creates
 * and deletes those itself. Every call goes through {@link LibvirtNative}; a failure is a {@link LibvirtError} with
 * libvirt's exact code, e.g. {@code VIR_ERR_NO_NWFILTER_BINDING} for a device without a binding, and
 * {@code VIR_ERR_NO_SUPPORT} from a driver without nwfilters (the test driver).
 */
public final class NwfilterBindings {

    private NwfilterBindings() {
    }

    /**
     * Creates a binding from its {@code <filterbinding>} XML ({@code virNWFilterBindingCreateXML}).
     *
     * @throws LibvirtError when libvirt refuses it
     */
    public static NwfilterBinding create(Connect conn, String xml) {
        requireNonNull("a <filterbinding> XML", xml);
        LibvirtNative libvirt = LibvirtNative.INSTANCE;
        NWFilterBindingPointer binding = libvirt.virNWFilterBindingCreateXML(connection(conn), xml, 0);
        return describeAndFree(binding, "virNWFilterBindingCreateXML");
    }

    /**
     * The binding of a host device ({@code virNWFilterBindingLookupByPortDev}).
     *
     * @throws LibvirtError {@code VIR_ERR_NO_NWFILTER_BINDING} when the device has none
     */
    public static NwfilterBinding lookup(Connect conn, String portdev) {
        requireNonNull("a port device name", portdev);
        LibvirtNative libvirt = LibvirtNative.INSTANCE;
        NWFilterBindingPointer binding = libvirt.virNWFilterBindingLookupByPortDev(connection(conn), portdev);
        return describeAndFree(binding, "virNWFilterBindingLookupByPortDev");
    }

    /**
     * Every binding on the host ({@code virConnectListAllNWFilterBindings}); those of running domains too.
     *
     * <p>A binding deleted between the listing and the reading of its XML is left out.
     *
     * @throws LibvirtError when libvirt fails the listing
     */
    public static List<NwfilterBinding> list(Connect conn) {
        LibvirtNative libvirt = LibvirtNative.INSTANCE;
        PointerByReference array = new PointerByReference();
        int count = libvirt.virConnectListAllNWFilterBindings(connection(conn), array, 0);
        if (count < 0) {
            throw lastError("virConnectListAllNWFilterBindings");
        }
        List<NwfilterBinding> bindings = new ArrayList<>(count);
        Pointer[] handles = count == 0 ? new Pointer[0] : array.getValue().getPointerArray(0, count);
        try {
            LibvirtError failure = null;
            for (Pointer handle : handles) {
                NWFilterBindingPointer binding = new NWFilterBindingPointer(handle);
                try {
                    bindings.add(describe(binding));
                } catch (LibvirtError e) {
                    if (!e.is(Error.ErrorNumber.VIR_ERR_NO_NWFILTER_BINDING) && failure == null) {
                        failure = e;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            return bindings;
        } finally {
            for (Pointer handle : handles) {
                libvirt.virNWFilterBindingFree(new NWFilterBindingPointer(handle));
            }
            if (array.getValue() != null) {
                Native.free(Pointer.nativeValue(array.getValue()));
            }
        }
    }

    /**
     * Deletes the binding of a host device ({@code virNWFilterBindingDelete}): libvirt removes the filter's rules
     * from it.
     *
     * @throws LibvirtError {@code VIR_ERR_NO_NWFILTER_BINDING} when the device has none
     */
    public static void delete(Connect conn, String portdev) {
        requireNonNull("a port device name", portdev);
        LibvirtNative libvirt = LibvirtNative.INSTANCE;
        NWFilterBindingPointer binding = libvirt.virNWFilterBindingLookupByPortDev(connection(conn), portdev);
        if (binding == null) {
            throw lastError("virNWFilterBindingLookupByPortDev");
        }
        try {
            if (libvirt.virNWFilterBindingDelete(binding) < 0) {
                throw lastError("virNWFilterBindingDelete");
            }
        } finally {
            libvirt.virNWFilterBindingFree(binding);
        }
    }

    private static NwfilterBinding describeAndFree(NWFilterBindingPointer binding, String function) {
        if (binding == null) {
            throw lastError(function);
        }
        try {
            return describe(binding);
        } finally {
            LibvirtNative.INSTANCE.virNWFilterBindingFree(binding);
        }
    }

    private static NwfilterBinding describe(NWFilterBindingPointer binding) {
        LibvirtNative libvirt = LibvirtNative.INSTANCE;
        String portdev = libvirt.virNWFilterBindingGetPortDev(binding);
        String filter = libvirt.virNWFilterBindingGetFilterName(binding);
        if (portdev == null || filter == null) {
            throw lastError("virNWFilterBindingGetPortDev");
        }
        Pointer xml = libvirt.virNWFilterBindingGetXMLDesc(binding, 0);
        if (xml == null) {
            throw lastError("virNWFilterBindingGetXMLDesc");
        }
        return new NwfilterBinding(portdev, filter, LibvirtNative.takeString(xml));
    }

    private static ConnectionPointer connection(Connect conn) {
        requireNonNull("an open org.libvirt.Connect", conn);
        return LibvirtNative.connectionPointer(conn);
    }

    private static void requireNonNull(String expected, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("expected " + expected + " but found null");
        }
    }

    /** The calling thread's last libvirt error: read right after the failed call, on the same thread. */
    private static LibvirtError lastError(String function) {
        return LibvirtError.ofLastError(LibvirtNative.INSTANCE.virGetLastError(), function);
    }
}
