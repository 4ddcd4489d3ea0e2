package org.libvirt.tck.core.connect;

import org.libvirt.Network;
import org.libvirt.tck.core.internal.jna.LibvirtNative;

/**
 * Changes one part of a network's definition in place, {@code virNetworkUpdate}, which libvirt-java 0.5.4 cannot do.
 *
 * <pre>{@code
 * NetworkUpdate.apply(net, Command.ADD_LAST, Section.IP_DHCP_HOST,
 *         "<host mac='52:54:00:00:00:01' ip='198.51.100.50'/>",
 *         NetworkUpdate.AFFECT_LIVE | NetworkUpdate.AFFECT_CONFIG);
 * }</pre>
 *
 * <p>Calls {@code virNetworkUpdate} through {@link LibvirtNative}. A failure comes back as {@link LibvirtError} with
 * libvirt's code, e.g. {@code VIR_ERR_OPERATION_INVALID} when an entry to delete is not there.
 */
public final class NetworkUpdate {

    /** {@code VIR_NETWORK_UPDATE_AFFECT_CURRENT}: the live network if it is active, else its definition. */
    public static final int AFFECT_CURRENT = 0;
    /** {@code VIR_NETWORK_UPDATE_AFFECT_LIVE}: the running network. */
    public static final int AFFECT_LIVE = 1;
    /** {@code VIR_NETWORK_UPDATE_AFFECT_CONFIG}: the persistent definition. */
    public static final int AFFECT_CONFIG = 2;
    /** The first {@code <ip>} of the network, or "any" for sections that are not inside an {@code <ip>}. */
    public static final int FIRST_IP = -1;

    private static final String FUNCTION = "virNetworkUpdate";

    /** {@code virNetworkUpdateCommand}: what to do with the section. */
    public enum Command {
        MODIFY(1),
        DELETE(2),
        ADD_LAST(3),
        ADD_FIRST(4);

        private final int code;

        Command(int code) {
            this.code = code;
        }

        /** libvirt's number for the command. */
        public int code() {
            return code;
        }
    }

    /** {@code virNetworkUpdateSection}: which part of the definition; only the ones the kit uses. */
    public enum Section {
        BRIDGE(1),
        DOMAIN(2),
        IP(3),
        IP_DHCP_HOST(4),
        IP_DHCP_RANGE(5),
        FORWARD(6),
        DNS_HOST(10);

        private final int code;

        Section(int code) {
            this.code = code;
        }

        /** libvirt's number for the section. */
        public int code() {
            return code;
        }
    }

    private NetworkUpdate() {
    }

    /**
     * Applies {@code command} to {@code section} of the first {@code <ip>} (or of the network) with {@code xml}.
     *
     * @param flags {@link #AFFECT_CURRENT}, or {@link #AFFECT_LIVE} and/or {@link #AFFECT_CONFIG}
     * @throws LibvirtError when libvirt fails the update
     */
    public static void apply(Network net, Command command, Section section, String xml, int flags) {
        if (command == null || section == null) {
            throw new IllegalArgumentException("expected a command and a section, but found " + command + ", "
                    + section);
        }
        applyCodes(net, command.code(), section.code(), FIRST_IP, xml, flags);
    }

    /**
     * Calls {@code virNetworkUpdate} with raw numbers, including ones libvirt does not define: for checking how a
     * driver refuses them.
     *
     * @throws LibvirtError when libvirt fails the update
     */
    public static void applyCodes(Network net, int command, int section, int parentIndex, String xml, int flags) {
        if (net == null || xml == null) {
            throw new IllegalArgumentException("expected a network and an XML fragment, but found " + net + ", "
                    + xml);
        }
        LibvirtNative libvirt = LibvirtNative.INSTANCE;
        if (libvirt.virNetworkUpdate(LibvirtNative.networkPointer(net), command, section, parentIndex, xml,
                flags) < 0) {
            // Read on the same thread: libvirt keeps the last error per thread.
            throw LibvirtError.ofLastError(libvirt.virGetLastError(), FUNCTION);
        }
    }
}
