package org.libvirt.tck.core.guest;

/**
 * A prepared guest image that cannot be used: its manifest or {@code guest.env} is missing or malformed, or a file
 * does not have the hash the manifest records. The message ends with what to do ({@code bin/libvirt-tck-prepare}).
 */
public final class GuestImageException extends Exception {

    public GuestImageException(String message) {
        super(message);
    }
}
