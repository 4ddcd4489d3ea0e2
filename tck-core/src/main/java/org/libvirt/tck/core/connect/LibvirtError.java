package org.libvirt.tck.core.connect;

import org.libvirt.Error;
import org.libvirt.Error.ErrorDomain;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.jna.virError;

/**
 * A libvirt call that failed, with libvirt's error code, error domain and message kept.
 *
 * <pre>{@code
 * try {
 *     conn.domainLookupByName("tck-missing");
 * } catch (LibvirtException e) {
 *     LibvirtError error = LibvirtError.of(e);
 *     assert error.is(ErrorNumber.VIR_ERR_NO_DOMAIN);
 * }
 * }</pre>
 *
 * <p>The numeric {@link #code()} is libvirt's {@code virErrorNumber}; libvirt-java's enum is ordered the same way,
 * and a code newer than libvirt-java's enum still keeps its number.
 */
public final class LibvirtError extends RuntimeException {

    /** libvirt's {@code VIR_ERR_NO_SUPPORT}: the driver does not implement the API. */
    public static final int NO_SUPPORT = ErrorNumber.VIR_ERR_NO_SUPPORT.ordinal();

    private final int code;
    private final String codeName;
    private final String errorDomain;
    private final String libvirtMessage;

    public LibvirtError(int code, String codeName, String errorDomain, String libvirtMessage, Throwable cause) {
        super(codeName + " (" + code + ") from " + errorDomain + ": " + libvirtMessage, cause);
        this.code = code;
        this.codeName = codeName;
        this.errorDomain = errorDomain;
        this.libvirtMessage = libvirtMessage;
    }

    /**
     * The error libvirt recorded for the calling thread after {@code function}, called through a direct binding
     * ({@code virGetLastError()} of libvirt-java's {@code Libvirt} or of the kit's {@code LibvirtNative}), failed.
     * Read it on the thread that made the call, right after it: libvirt keeps one last error per thread.
     *
     * <pre>{@code
     * if (LibvirtNative.INSTANCE.virNetworkUpdate(...) < 0) {
     *     throw LibvirtError.ofLastError(LibvirtNative.INSTANCE.virGetLastError(), "virNetworkUpdate");
     * }
     * }</pre>
     */
    public static LibvirtError ofLastError(virError error, String function) {
        if (error == null) {
            return new LibvirtError(-1, "VIR_ERR_UNKNOWN", "VIR_FROM_NONE", function
                    + " failed but libvirt recorded no error", null);
        }
        // libvirt-java maps numbers to its enums by position; a code newer than its enums stays a number.
        return new LibvirtError(error.code, name(ErrorNumber.values(), error.code, "VIR_ERR_UNKNOWN"),
                name(ErrorDomain.values(), error.domain, "VIR_FROM_NONE"), String.valueOf(error.message), null);
    }

    private static String name(Enum<?>[] values, int ordinal, String unknown) {
        return ordinal >= 0 && ordinal < values.length ? values[ordinal].name() : unknown;
    }

    /** The error libvirt-java raised, as a {@code LibvirtError}. */
    public static LibvirtError of(LibvirtException e) {
        Error error = e.getError();
        if (error == null) {
            return new LibvirtError(-1, "VIR_ERR_UNKNOWN", "VIR_FROM_NONE", String.valueOf(e.getMessage()), e);
        }
        ErrorNumber number = error.getCode();
        String domain = error.getDomain() == null ? "VIR_FROM_NONE" : error.getDomain().name();
        return new LibvirtError(number.ordinal(), number.name(), domain, String.valueOf(error.getMessage()), e);
    }

    /** Finds a libvirt error in {@code t} or its causes, or returns null. */
    public static LibvirtError find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof LibvirtError le) {
                return le;
            }
            if (c instanceof LibvirtException lx) {
                return of(lx);
            }
        }
        return null;
    }

    /** libvirt's numeric error code ({@code virErrorNumber}). */
    public int code() {
        return code;
    }

    /** The code's name, e.g. {@code VIR_ERR_NO_DOMAIN}. */
    public String codeName() {
        return codeName;
    }

    /** The error domain's name, e.g. {@code VIR_FROM_QEMU}. */
    public String errorDomain() {
        return errorDomain;
    }

    /** libvirt's own message. */
    public String libvirtMessage() {
        return libvirtMessage;
    }

    /** Whether this error has the given code. */
    public boolean is(ErrorNumber number) {
        return code == number.ordinal();
    }

    /** Whether the driver said it does not implement the call. */
    public boolean isNoSupport() {
        return code == NO_SUPPORT;
    }
}
