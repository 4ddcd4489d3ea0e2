package org.libvirt.tck.core.capabilities;

/**
 * A capabilities or domain capabilities document that is not what libvirt writes.
 *
 * <p>The message says what was expected, what was found, and where. It usually means the text did not come
 * from {@code virConnectGetCapabilities} / {@code virConnectGetDomainCapabilities}, or the driver wrote a
 * document this parser does not know yet.
 *
 * <pre>{@code
 * try {
 *     CapabilitiesParser.parse(xml);
 * } catch (CapabilitiesFormatException e) {
 *     // e.getMessage(): "Expected root element <capabilities> but found <domain>. ..."
 * }
 * }</pre>
 */
public class CapabilitiesFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CapabilitiesFormatException(String message) {
        super(message);
    }

    public CapabilitiesFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
