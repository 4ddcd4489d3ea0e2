package org.libvirt.tck.domainbuilder.domain;

/** How a domain's memory is placed on the host's NUMA nodes, {@code <numatune><memory mode=...>}. */
public enum NumaMode {
    /** Only from the given nodes; fails when they are full. */
    STRICT("strict"),
    /** Spread evenly over the given nodes. */
    INTERLEAVE("interleave"),
    /** From the given nodes first, others when they are full. */
    PREFERRED("preferred"),
    /** Only from the given nodes, which may change while the domain runs. */
    RESTRICTIVE("restrictive");

    private final String xmlValue;

    NumaMode(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    /** The value of the {@code mode} attribute. */
    public String xmlValue() {
        return xmlValue;
    }
}
