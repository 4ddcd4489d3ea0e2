package org.libvirt.tck.core.internal.jna;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

import org.libvirt.Connect;
import org.libvirt.Network;
import org.libvirt.jna.ConnectionPointer;
import org.libvirt.jna.NetworkPointer;
import org.libvirt.jna.virError;

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
        try {
            return (ConnectionPointer) VcpField.VCP.get(conn);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read org.libvirt.Connect.vcp; is libvirt-java 0.5.x on the "
                    + "class path and not in a named module?", e);
        }
    }

    /** The {@code virNetworkPtr} of a libvirt-java network handle. */
    static NetworkPointer networkPointer(Network net) {
        try {
            return (NetworkPointer) VnpField.VNP.get(net);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read org.libvirt.Network.vnp; is libvirt-java 0.5.x on the "
                    + "class path and not in a named module?", e);
        }
    }

    /** Copies a UTF-8 C string libvirt gave to the caller, then frees it with libc {@code free}. */
    static String takeString(Pointer owned) {
        try {
            return owned.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            Native.free(Pointer.nativeValue(owned));
        }
    }

    /** Holds the reflected field, found once; libvirt-java keeps the pointer in {@code protected vcp}. */
    final class VcpField {
        static final Field VCP = find();

        private VcpField() {
        }

        private static Field find() {
            try {
                Field field = Connect.class.getDeclaredField("vcp");
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("org.libvirt.Connect has no field vcp; this TCK needs "
                        + "libvirt-java 0.5.x, where the connection pointer is kept there", e);
            }
        }
    }

    /** Holds the reflected field, found once; libvirt-java keeps the pointer in package-private {@code vnp}. */
    final class VnpField {
        static final Field VNP = find();

        private VnpField() {
        }

        private static Field find() {
            try {
                Field field = Network.class.getDeclaredField("vnp");
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("org.libvirt.Network has no field vnp; this TCK needs "
                        + "libvirt-java 0.5.x, where the network pointer is kept there", e);
            }
        }
    }
}
