package org.libvirt.tck.domainbuilder.domain;

/** A hypervisor feature switched on under {@code <features>}; written in this enum's order, as libvirt does. */
public enum Feature {
    ACPI("acpi"),
    APIC("apic"),
    PAE("pae");

    private final String xmlName;

    Feature(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The element name under {@code <features>}. */
    public String xmlName() {
        return xmlName;
    }
}
