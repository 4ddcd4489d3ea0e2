package org.libvirt.tck.core.connect;

import org.libvirt.Library;
import org.libvirt.LibvirtException;

/**
 * libvirt's default event loop, run on one daemon thread for the whole process.
 *
 * <p>It must be registered before the first connection is opened, or that connection never delivers events
 * (lifecycle events, keep-alives); {@link TckConnection#open(String)} starts it.
 */
final class EventLoop {

    private static Thread thread;

    private EventLoop() {
    }

    static synchronized void start() {
        if (thread != null) {
            return;
        }
        try {
            Library.initEventLoop();
        } catch (LibvirtException e) {
            throw LibvirtError.of(e);
        }
        thread = new Thread(EventLoop::loop, "libvirt-event-loop");
        thread.setDaemon(true);
        thread.start();
    }

    private static void loop() {
        try {
            Library.runEventLoop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (LibvirtException e) {
            // The loop only ends with the process; an error here leaves connections without events, which the
            // scenarios that need events report themselves.
        }
    }
}
