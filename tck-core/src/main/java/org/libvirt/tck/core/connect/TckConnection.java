package org.libvirt.tck.core.connect;

import org.libvirt.Connect;
import org.libvirt.ErrorCallback;
import org.libvirt.Library;
import org.libvirt.LibvirtException;

/**
 * An open connection to the driver under test.
 *
 * <pre>{@code
 * try (TckConnection conn = TckConnection.open("test:///default")) {
 *     String caps = conn.libvirt().getCapabilities();
 * }
 * }</pre>
 *
 * <p>Opening the first connection silences libvirt's default printing of every error to stderr (the kit reports
 * errors itself) and starts the event loop thread.
 */
public final class TckConnection implements AutoCloseable {

    private static boolean initialised;

    // Held for the life of the process: JNA frees a callback whose Java object is collected, and libvirt would then
    // call freed memory on the next error (a JVM crash).
    private static final ErrorCallback SILENT_ERRORS = new ErrorCallback();

    private final String uri;
    private volatile Connect connect;

    private TckConnection(String uri, Connect connect) {
        this.uri = uri;
        this.connect = connect;
    }

    /**
     * Opens a read-write connection.
     *
     * @throws LibvirtError when libvirt cannot open {@code uri}
     */
    public static TckConnection open(String uri) {
        initialise();
        try {
            return new TckConnection(uri, new Connect(uri, false));
        } catch (LibvirtException e) {
            throw LibvirtError.of(e);
        }
    }

    /** Silences libvirt's stderr error printing and starts the event loop; idempotent. */
    public static synchronized void initialise() {
        if (initialised) {
            return;
        }
        try {
            // ErrorCallback's body is empty: errors still reach us as exceptions, just not printed by libvirt.
            Connect.setErrorCallback(SILENT_ERRORS);
        } catch (LibvirtException e) {
            throw LibvirtError.of(e);
        }
        EventLoop.start();
        initialised = true;
    }

    /**
     * Checks that the daemon still answers; if it does not (libvirtd was restarted), opens the connection again,
     * trying until {@code wait} has passed.
     *
     * @return true when the connection was alive, false when it had to be opened again
     * @throws LibvirtError when the daemon cannot be reached again within {@code wait}
     */
    public synchronized boolean ensureAlive(java.time.Duration wait) {
        if (isAlive()) {
            return true;
        }
        try {
            connect.close();
        } catch (LibvirtException | RuntimeException e) {
            // The old connection is dead already; closing it only frees it.
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                connect = new Connect(uri, false);
                return false;
            } catch (LibvirtException e) {
                if (System.nanoTime() > deadline) {
                    throw LibvirtError.of(e);
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reconnecting to " + uri, e);
            }
        }
    }

    private boolean isAlive() {
        try {
            return connect.isAlive() && connect.getLibVersion() > 0;
        } catch (LibvirtException | RuntimeException e) {
            return false;
        }
    }

    /** The URI this connection was opened with. */
    public String uri() {
        return uri;
    }

    /** The libvirt-java connection, for scenarios to drive the API directly. */
    public Connect libvirt() {
        return connect;
    }

    /** The version of the libvirt library in this process, as {@code major.minor.micro}. */
    public static String libraryVersion() {
        return LibvirtCall.call(() -> version(Library.getVersion()));
    }

    /** The version of libvirt on the daemon side (the library's own for local drivers). */
    public String daemonVersion() {
        return LibvirtCall.call(() -> version(connect.getLibVersion()));
    }

    /** The hypervisor driver's name, e.g. {@code QEMU}, {@code TEST}. */
    public String hypervisorType() {
        return LibvirtCall.call(connect::getType);
    }

    /** The hypervisor's version, as {@code major.minor.micro}, or null when the driver does not say. */
    public String hypervisorVersion() {
        try {
            return version(connect.getVersion());
        } catch (LibvirtException e) {
            return null;
        }
    }

    /** Formats libvirt's {@code major * 1,000,000 + minor * 1,000 + micro} version number. */
    public static String version(long packed) {
        return (packed / 1_000_000) + "." + (packed / 1_000 % 1_000) + "." + (packed % 1_000);
    }

    @Override
    public void close() {
        try {
            connect.close();
        } catch (LibvirtException e) {
            throw LibvirtError.of(e);
        }
    }
}
