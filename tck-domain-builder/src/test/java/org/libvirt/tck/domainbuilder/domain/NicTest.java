package org.libvirt.tck.domainbuilder.domain;

import static org.libvirt.tck.domainbuilder.Rejections.assertArgumentRejected;
import static org.testng.Assert.assertEquals;

import org.testng.annotations.Test;

public class NicTest {

    @Test
    public void interfaceTypeFollowsFromNetworkOrBridge() {
        assertEquals(Nic.network("default").type(), Nic.Type.NETWORK);
        assertEquals(Nic.bridge("br0").type(), Nic.Type.BRIDGE);
    }

    @Test
    public void multicastMacIsRejected() {
        assertArgumentRejected(() -> Nic.network("default").mac("01:00:5e:00:00:01"),
                "mac must be a unicast MAC address of six octets such as 52:54:00:12:34:56, got '01:00:5e:00:00:01'");
    }

    @Test
    public void macWithFiveOctetsIsRejected() {
        assertArgumentRejected(() -> Nic.network("default").mac("52:54:00:12:34"),
                "mac must be a unicast MAC address of six octets such as 52:54:00:12:34:56, got '52:54:00:12:34'");
    }

    @Test
    public void bridgeNameLongerThanAnInterfaceNameIsRejected() {
        assertArgumentRejected(() -> Nic.bridge("tck-bridge-0123456"), "bridge must be a host interface name of 1 "
                + "to 15 letters, digits, '_', '.', '-' or ':', got 'tck-bridge-0123456'");
    }

    @Test
    public void modelWithSpacesIsRejected() {
        assertArgumentRejected(() -> Nic.network("default").model("virtio net"),
                "model must be a model name of letters, digits, '-' or '_' such as virtio, got 'virtio net'");
    }

    @Test
    public void filterNameThatIsNoXmlNameIsRejected() {
        assertArgumentRejected(() -> Nic.network("default").filterref("1-drop"),
                "filter must be an nwfilter name of letters, digits, '_', '.' or '-' that starts with a letter or "
                        + "'_' (an XML NCName), got '1-drop'");
    }

    @Test
    public void filterrefIsPartOfTheValue() {
        assertEquals(Nic.network("default").filterref("tck-drop").filterref(), "tck-drop");
        assertEquals(Nic.network("default").filterref("tck-drop"), Nic.network("default").filterref("tck-drop"));
        if (Nic.network("default").filterref("tck-drop").equals(Nic.network("default"))) {
            throw new AssertionError("expected interfaces that differ in their filterref to differ");
        }
    }
}
