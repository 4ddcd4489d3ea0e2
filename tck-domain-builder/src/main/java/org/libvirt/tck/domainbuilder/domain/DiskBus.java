package org.libvirt.tck.domainbuilder.domain;

/** The bus a disk sits on, written as {@code <target bus=...>}. */
public enum DiskBus {
    VIRTIO("virtio"),
    SATA("sata"),
    SCSI("scsi"),
    IDE("ide"),
    USB("usb");

    private final String xmlValue;

    DiskBus(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    /** The value of the {@code bus} attribute. */
    public String xmlValue() {
        return xmlValue;
    }
}
