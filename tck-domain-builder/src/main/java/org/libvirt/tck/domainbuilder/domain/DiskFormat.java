package org.libvirt.tck.domainbuilder.domain;

/** The image format of a disk's source, written as {@code <driver type=...>}. */
public enum DiskFormat {
    RAW("raw"),
    QCOW2("qcow2");

    private final String xmlValue;

    DiskFormat(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    /** The value of the {@code type} attribute. */
    public String xmlValue() {
        return xmlValue;
    }
}
