package org.libvirt.tck.core.capabilities;

import com.sun.jna.Pointer;

import org.libvirt.Connect;
import org.libvirt.jna.virError;
import org.libvirt.tck.core.internal.jna.LibvirtNative;

/**
 * Asks a driver for its domain capabilities, which libvirt-java 0.5.4 cannot do.
 *
 * <pre>{@code
 * TckConnection.initialise(); // once, so libvirt does not print errors to stderr
 * String xml = DomainCapabilitiesQuery.domainCapabilitiesXml(conn, null, "x86_64", null, "kvm");
 * DomainCapabilities dc = DomainCapabilitiesQuery.domainCapabilities(conn, null, "x86_64", null, "kvm");
 * }</pre>
 *
 * <p>Calls {@code virConnectGetDomainCapabilities} through {@link LibvirtNative}. A failure comes back as
 * {@link NativeLibvirtError} with libvirt's error code and domain; e.g. {@code test:///default} does not
 * implement the call and gives code 3, {@link NativeLibvirtError#VIR_ERR_NO_SUPPORT}.
 */
public final class DomainCapabilitiesQuery {

    private static final String FUNCTION = "virConnectGetDomainCapabilities";

    private DomainCapabilitiesQuery() {
    }

    /**
     * Runs {@code virConnectGetDomainCapabilities}; any argument but {@code conn} may be {@code null} to let
     * the driver choose (default emulator, host arch, default machine, best virt type).
     *
     * @param emulator path of the emulator binary, e.g. {@code /usr/bin/qemu-system-x86_64}
     * @param arch     guest architecture, e.g. {@code x86_64}
     * @param machine  machine type, e.g. {@code q35}
     * @param virtType virt type, e.g. {@code kvm} or {@code qemu}
     * @return the domain capabilities XML
     * @throws NativeLibvirtError when libvirt fails the call
     */
    public static String domainCapabilitiesXml(Connect conn, String emulator, String arch, String machine,
            String virtType) {
        if (conn == null) {
            throw new IllegalArgumentException("Expected an open org.libvirt.Connect but found null");
        }
        LibvirtNative libvirt = LibvirtNative.INSTANCE;
        Pointer xml = libvirt.virConnectGetDomainCapabilities(
                LibvirtNative.connectionPointer(conn), emulator, arch, machine, virtType, 0);
        if (xml == null) {
            // Read on the same thread: libvirt keeps the last error per thread.
            throw lastError(libvirt.virGetLastError());
        }
        return LibvirtNative.takeString(xml);
    }

    /** Like {@link #domainCapabilitiesXml}, parsed with {@link DomainCapabilitiesParser}. */
    public static DomainCapabilities domainCapabilities(Connect conn, String emulator, String arch,
            String machine, String virtType) {
        return DomainCapabilitiesParser.parse(domainCapabilitiesXml(conn, emulator, arch, machine, virtType));
    }

    private static NativeLibvirtError lastError(virError error) {
        if (error == null) {
            return new NativeLibvirtError(FUNCTION, 0, 0, "returned NULL but libvirt recorded no error");
        }
        return new NativeLibvirtError(FUNCTION, error.code, error.domain, error.message);
    }
}
