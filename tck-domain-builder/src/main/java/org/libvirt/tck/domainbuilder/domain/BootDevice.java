package org.libvirt.tck.domainbuilder.domain;

/** A device the BIOS boots from, written as {@code <os><boot dev=...>} in the order added. */
public enum BootDevice {
    HD("hd"),
    CDROM("cdrom"),
    NETWORK("network");

    private final String xmlValue;

    BootDevice(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    /** The value of the {@code dev} attribute. */
    public String xmlValue() {
        return xmlValue;
    }
}
