package org.libvirt.tck.core.connect;

import java.nio.charset.StandardCharsets;

import org.libvirt.Connect;
import org.libvirt.SecretUsageType;
import org.libvirt.jna.Libvirt;
import org.libvirt.jna.SecretPointer;
import org.libvirt.tck.core.internal.jna.LibvirtNative;

/**
 * Looks a secret up by its usage, which libvirt-java 0.5.4's {@link Connect} cannot do.
 *
 * <pre>{@code
 * String uuid = SecretUsageLookup.uuidOf(conn, SecretUsageType.VOLUME, "/var/lib/tck/tck-vol.img");
 * Secret secret = conn.secretLookupByUUIDString(uuid);
 * }</pre>
 *
 * <p>Calls {@code virSecretLookupByUsage} through libvirt-java's own JNA binding, which has the function but no
 * Java method for it. A failure comes back as {@link LibvirtError} with libvirt's code, e.g.
 * {@code VIR_ERR_NO_SECRET} when no secret has that usage.
 */
public final class SecretUsageLookup {

    private static final String FUNCTION = "virSecretLookupByUsage";
    private static final int UUID_STRING_BUFLEN = 37;

    private SecretUsageLookup() {
    }

    /**
     * The UUID of the secret with this usage.
     *
     * @throws LibvirtError when libvirt fails the lookup
     */
    public static String uuidOf(Connect conn, SecretUsageType type, String usageId) {
        if (conn == null || type == null || usageId == null) {
            throw new IllegalArgumentException("expected a connection, a usage type and a usage id, but found "
                    + conn + ", " + type + ", " + usageId);
        }
        Libvirt libvirt = Libvirt.INSTANCE;
        SecretPointer secret = libvirt.virSecretLookupByUsage(LibvirtNative.connectionPointer(conn),
                type.ordinal(), usageId);
        if (secret == null) {
            // Read on the same thread: libvirt keeps the last error per thread.
            throw LibvirtError.ofLastError(libvirt.virGetLastError(), FUNCTION);
        }
        try {
            byte[] uuid = new byte[UUID_STRING_BUFLEN];
            if (libvirt.virSecretGetUUIDString(secret, uuid) < 0) {
                throw LibvirtError.ofLastError(libvirt.virGetLastError(), FUNCTION);
            }
            return new String(uuid, 0, UUID_STRING_BUFLEN - 1, StandardCharsets.US_ASCII);
        } finally {
            libvirt.virSecretFree(secret);
        }
    }
}
