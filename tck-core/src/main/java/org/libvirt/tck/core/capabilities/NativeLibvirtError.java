package org.libvirt.tck.core.capabilities;

import java.util.Optional;

import org.libvirt.Error;

/**
 * An error libvirt reported for a call the TCK makes without libvirt-java, with libvirt's own numbers.
 *
 * <pre>{@code
 * try {
 *     DomainCapabilitiesQuery.domainCapabilitiesXml(conn, null, null, null, "kvm");
 * } catch (NativeLibvirtError e) {
 *     if (e.isNoSupport()) {
 *         throw new SkipException("driver lacks domain capabilities: " + e.libvirtMessage());
 *     }
 *     throw e;
 * }
 * }</pre>
 */
public class NativeLibvirtError extends RuntimeException {

    /** {@code VIR_ERR_NO_SUPPORT}: the driver does not implement the function. */
    public static final int VIR_ERR_NO_SUPPORT = 3;

    private static final long serialVersionUID = 1L;

    private final String function;
    private final int code;
    private final int domain;
    private final String libvirtMessage;

    /**
     * @param function       the C function that failed, e.g. {@code virConnectGetDomainCapabilities}
     * @param code           libvirt's {@code virErrorNumber}
     * @param domain         libvirt's {@code virErrorDomain}, the part of libvirt that raised it
     * @param libvirtMessage libvirt's message, or {@code null}
     */
    public NativeLibvirtError(String function, int code, int domain, String libvirtMessage) {
        super(function + " failed with libvirt error " + code + name(Error.ErrorNumber.values(), code)
                + " from domain " + domain + name(Error.ErrorDomain.values(), domain) + ": "
                + (libvirtMessage == null ? "(libvirt gave no message)" : libvirtMessage));
        this.function = function;
        this.code = code;
        this.domain = domain;
        this.libvirtMessage = libvirtMessage;
    }

    /** The C function that failed. */
    public String function() {
        return function;
    }

    /** libvirt's error number ({@code virErrorNumber}). */
    public int code() {
        return code;
    }

    /** libvirt's error domain ({@code virErrorDomain}). */
    public int domain() {
        return domain;
    }

    /** libvirt's own message, or {@code null}. */
    public String libvirtMessage() {
        return libvirtMessage;
    }

    /** Whether the driver does not implement the function, which scenarios treat as a skip. */
    public boolean isNoSupport() {
        return code == VIR_ERR_NO_SUPPORT;
    }

    /** The code as libvirt-java's enum, as {@code LibvirtException.getError().getCode()} would give it. */
    public Optional<Error.ErrorNumber> errorNumber() {
        Error.ErrorNumber[] numbers = Error.ErrorNumber.values();
        return code >= 0 && code < numbers.length ? Optional.of(numbers[code]) : Optional.empty();
    }

    // libvirt-java maps numbers to its enums by position, so the same lookup names them here.
    private static String name(Enum<?>[] values, int ordinal) {
        return ordinal >= 0 && ordinal < values.length ? " (" + values[ordinal].name() + ")" : "";
    }
}
