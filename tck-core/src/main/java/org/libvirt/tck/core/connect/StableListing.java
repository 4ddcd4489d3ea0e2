package org.libvirt.tck.core.connect;

import java.util.Arrays;
import java.util.List;

import org.libvirt.LibvirtException;

/**
 * Names from libvirt-java's count-then-list calls ({@code listNetworks()}, {@code listStoragePools()}, ...), taken
 * only when the count held still around the listing.
 *
 * <pre>{@code
 * List<String> pools = StableListing.names(conn::numOfStoragePools, conn::listStoragePools);
 * }</pre>
 *
 * <p>Those calls ask for the count, then for at most that many names: an object added by another thread in between
 * pushes some other name out of the answer. libvirt-java 0.5.4 has the atomic {@code virConnectListAll*} only for
 * domains, so scenarios running concurrently list this way.
 */
public final class StableListing {

    private static final int ATTEMPTS = 50;

    private StableListing() {
    }

    /** libvirt-java's count call. */
    @FunctionalInterface
    public interface Count {
        int count() throws LibvirtException;
    }

    /** libvirt-java's list call. */
    @FunctionalInterface
    public interface Names {
        String[] names() throws LibvirtException;
    }

    /** The names, listed again until the count before, the count after and the list's length agree. */
    public static List<String> names(Count count, Names names) throws LibvirtException {
        String[] listed = new String[0];
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int before = count.count();
            listed = names.names();
            int after = count.count();
            if (before == after && listed.length == before) {
                return Arrays.asList(listed);
            }
            Thread.onSpinWait();
        }
        return Arrays.asList(listed);
    }

    /**
     * The names as {@link #names} lists them, listed again while they leave out {@code name}, up to as many times:
     * libvirt-java counts, then lists at most that many, so objects that others create and remove meanwhile can make a
     * listing that looks stable leave out a name that is there, but never hold one that is not. For checking that an
     * object is listed; that one is not listed, one listing tells.
     */
    public static List<String> namesIncluding(String name, Count count, Names names) throws LibvirtException {
        List<String> listed = names(count, names);
        for (int attempt = 1; attempt < ATTEMPTS && !listed.contains(name); attempt++) {
            listed = names(count, names);
        }
        return listed;
    }
}
