package org.libvirt.tck.domainbuilder.storage;

/** The image format of a volume or its backing store, {@code <format type=...>}. */
public enum VolumeFormat {
    RAW("raw"),
    /** The only format here that can have a backing store. */
    QCOW2("qcow2");

    private final String xmlValue;

    VolumeFormat(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    /** The value of the {@code type} attribute. */
    public String xmlValue() {
        return xmlValue;
    }
}
