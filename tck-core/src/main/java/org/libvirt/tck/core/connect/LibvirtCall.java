package org.libvirt.tck.core.connect;

import org.libvirt.LibvirtException;

/**
 * A call into libvirt-java, whose checked {@link LibvirtException} {@link #call(LibvirtCall)} turns into a
 * {@link LibvirtError}.
 *
 * <pre>{@code
 * Domain dom = LibvirtCall.call(() -> conn.domainLookupByName("tck-dom"));
 * }</pre>
 */
@FunctionalInterface
public interface LibvirtCall<T> {

    T run() throws LibvirtException;

    /** Runs {@code call}, rethrowing libvirt's failure as a {@link LibvirtError}. */
    static <T> T call(LibvirtCall<T> call) {
        try {
            return call.run();
        } catch (LibvirtException e) {
            throw LibvirtError.of(e);
        }
    }

    /** A call that returns nothing. */
    @FunctionalInterface
    interface Action {
        void run() throws LibvirtException;
    }

    /** Runs {@code action}, rethrowing libvirt's failure as a {@link LibvirtError}. */
    static void run(Action action) {
        try {
            action.run();
        } catch (LibvirtException e) {
            throw LibvirtError.of(e);
        }
    }
}
