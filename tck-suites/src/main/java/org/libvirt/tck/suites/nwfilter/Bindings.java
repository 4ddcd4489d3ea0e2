package org.libvirt.tck.suites.nwfilter;

import java.util.List;
import java.util.UUID;

import org.libvirt.Connect;
import org.libvirt.tck.core.connect.NwfilterBinding;
import org.libvirt.tck.core.connect.NwfilterBindings;
import org.libvirt.tck.suites.assertions.LibvirtXml;

/** Binding definitions and checks for the nwfilter binding scenarios. */
final class Bindings {

    /** The MAC of the bindings' devices (52:54:00 is QEMU's prefix; c6:33:64 reads 198.51.100). */
    static final String MAC = "52:54:00:c6:33:64";

    private Bindings() {
    }

    /**
     * A {@code <filterbinding>} that applies {@code filter} to host device {@code portdev} on behalf of an owner;
     * the owner is only recorded, libvirt does not look it up.
     */
    static String binding(String owner, UUID ownerUuid, String portdev, String filter) {
        return "<filterbinding>\n"
                + "  <owner>\n"
                + "    <name>" + owner + "</name>\n"
                + "    <uuid>" + ownerUuid + "</uuid>\n"
                + "  </owner>\n"
                + "  <portdev name='" + portdev + "'/>\n"
                + "  <mac address='" + MAC + "'/>\n"
                + "  <filterref filter='" + filter + "'/>\n"
                + "</filterbinding>\n";
    }

    /** Checks that the binding applies {@code filter} to {@code portdev}, and its XML says so with {@link #MAC}. */
    static void assertDescribes(NwfilterBinding binding, String portdev, String filter, String owner,
            String ownerUuid) {
        if (!portdev.equals(binding.portdev()) || !filter.equals(binding.filterName())) {
            throw new AssertionError("expected the nwfilter binding of " + portdev + " to apply filter " + filter
                    + ", but found the binding of " + binding.portdev() + " applying " + binding.filterName());
        }
        LibvirtXml.parse(binding.xml(), "nwfilter binding " + portdev).hasRoot("filterbinding")
                .has("/filterbinding/portdev/@name", portdev)
                .has("/filterbinding/mac/@address", MAC)
                .has("/filterbinding/filterref/@filter", filter)
                .has("/filterbinding/owner/name", owner)
                .has("/filterbinding/owner/uuid", ownerUuid);
    }

    /** The host devices that have a binding. */
    static List<String> listedPortdevs(Connect conn) {
        return NwfilterBindings.list(conn).stream().map(NwfilterBinding::portdev).toList();
    }
}
