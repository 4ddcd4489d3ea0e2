package org.libvirt.tck.domainbuilder;

/** A data provider's case, shown in reports by its name rather than by the spec's long {@code toString}. */
public record Case<T>(String name, T spec) {

    @Override
    public String toString() {
        return name;
    }
}
