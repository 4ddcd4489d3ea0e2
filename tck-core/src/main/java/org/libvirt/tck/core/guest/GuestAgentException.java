package org.libvirt.tck.core.guest;

/**
 * The guest agent did not answer in time, answered with an error, broke the protocol, or its channel closed.
 *
 * <p>The message says what was expected, what happened, on which socket, and ends with the tail of the guest's
 * console log when one is known, which usually shows why (a kernel panic, a missing module).
 */
public final class GuestAgentException extends RuntimeException {

    public GuestAgentException(String message) {
        super(message);
    }

    public GuestAgentException(String message, Throwable cause) {
        super(message, cause);
    }
}
