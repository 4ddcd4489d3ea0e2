package org.libvirt.tck.suites.assertions;

import java.util.Arrays;
import java.util.List;

import org.libvirt.Connect;
import org.libvirt.Network;
import org.libvirt.tck.core.connect.LibvirtCall;
import org.libvirt.tck.core.connect.StableListing;

/**
 * Assertions on one virtual network's live state, each read from the driver when it is checked.
 *
 * <pre>{@code
 * assertThat(net).isActive().isPersistent(false).isListedAsActive().hasBridge("tckbr-t");
 * assertThat(net).xml().describes(spec);
 * }</pre>
 */
public final class NetworkAssert {

    private static final boolean ACTIVE = true;
    private static final boolean DEFINED = false;

    private final Network network;
    private final String name;

    private NetworkAssert(Network network) {
        if (network == null) {
            throw new AssertionError("expected a network but found null");
        }
        this.network = network;
        this.name = LibvirtCall.call(network::getName);
    }

    /** The entry point; {@code LibvirtAssertions.assertThat} is the domains' one. */
    public static NetworkAssert assertThat(Network network) {
        return new NetworkAssert(network);
    }

    /** Active: {@code isActive()} is 1. */
    public NetworkAssert isActive() {
        return hasActive(true);
    }

    /** Inactive: {@code isActive()} is 0. */
    public NetworkAssert isInactive() {
        return hasActive(false);
    }

    public NetworkAssert isPersistent(boolean expected) {
        int persistent = LibvirtCall.call(network::isPersistent);
        if ((persistent == 1) != expected) {
            fail(expected ? "to be persistent" : "to be transient", "isPersistent() = " + persistent);
        }
        return this;
    }

    public NetworkAssert hasAutostart(boolean expected) {
        boolean autostart = LibvirtCall.call(network::getAutostart);
        if (autostart != expected) {
            fail("to have autostart " + (expected ? "on" : "off"), "getAutostart() = " + autostart);
        }
        return this;
    }

    public NetworkAssert hasUuid(String expected) {
        String uuid = LibvirtCall.call(network::getUUIDString);
        if (!uuid.equalsIgnoreCase(expected)) {
            fail("to have UUID " + expected, "UUID " + uuid);
        }
        return this;
    }

    /** The bridge libvirt reports for the network, {@code getBridgeName()}. */
    public NetworkAssert hasBridge(String expected) {
        String bridge = LibvirtCall.call(network::getBridgeName);
        if (!expected.equals(bridge)) {
            fail("to have bridge " + expected, "getBridgeName() = " + bridge);
        }
        return this;
    }

    /** Listed by {@code listNetworks()} (the active ones) and not by {@code listDefinedNetworks()}. */
    public NetworkAssert isListedAsActive() {
        return isListed(ACTIVE, true).isListed(DEFINED, false);
    }

    /** Listed by {@code listDefinedNetworks()} (the inactive persistent ones) and not by {@code listNetworks()}. */
    public NetworkAssert isListedAsDefined() {
        return isListed(DEFINED, true).isListed(ACTIVE, false);
    }

    /** The network's current XML, {@code getXMLDesc(0)}: the live definition while active. */
    public NetworkXmlAssert xml() {
        return NetworkXmlAssert.of(name, LibvirtCall.call(() -> network.getXMLDesc(0)));
    }

    private NetworkAssert hasActive(boolean expected) {
        int active = LibvirtCall.call(network::isActive);
        if ((active == 1) != expected) {
            fail(expected ? "to be active" : "to be inactive", "isActive() = " + active);
        }
        return this;
    }

    private NetworkAssert isListed(boolean activeList, boolean expected) {
        String lister = activeList ? "listNetworks()" : "listDefinedNetworks()";
        Connect conn = network.getConnect();
        // Listed: looked for again while other scenarios' networks come and go (see StableListing.namesIncluding).
        List<String> names = LibvirtCall.call(() -> activeList
                ? StableListing.namesIncluding(name, conn::numOfNetworks, conn::listNetworks)
                : StableListing.namesIncluding(name, conn::numOfDefinedNetworks, conn::listDefinedNetworks));
        if (names.contains(name) != expected) {
            fail((expected ? "to be listed by " : "not to be listed by ") + lister, "names " + names);
        }
        return this;
    }

    private void fail(String expected, String found) {
        throw new AssertionError("expected network " + name + " " + expected + ", but found " + found);
    }
}
