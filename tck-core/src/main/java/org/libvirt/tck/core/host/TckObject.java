package org.libvirt.tck.core.host;

/**
 * A libvirt object of the kit's, recognised by its name's {@link TckObjects#PREFIX}; an nwfilter binding, which is
 * known by its host device, is the kit's when the filter it applies is.
 *
 * @param kind   what sort of object
 * @param name   its name; for an nwfilter binding, its host device ({@code portdev})
 * @param parent the pool of a volume, the filter of an nwfilter binding; null for everything else
 */
public record TckObject(Kind kind, String name, String parent) {

    /** The sorts of objects the kit creates, in the order they are removed. */
    public enum Kind {
        DOMAIN("domain"),
        NETWORK("network"),
        STORAGE_VOLUME("volume"),
        STORAGE_POOL("pool"),
        NWFILTER_BINDING("nwfilter binding"),
        NWFILTER("nwfilter");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static TckObject of(Kind kind, String name) {
        return new TckObject(kind, name, null);
    }

    /** An nwfilter binding of a host device, which applies {@code filter}. */
    public static TckObject nwfilterBinding(String portdev, String filter) {
        return new TckObject(Kind.NWFILTER_BINDING, portdev, filter);
    }

    /** The name that carries the kit's prefix: the object's own, or for an nwfilter binding its filter's. */
    public String owningName() {
        return kind == Kind.NWFILTER_BINDING ? parent : name;
    }

    /**
     * How the object is named to a user: {@code domain tck-dom1}, {@code volume default/tck-vol.img},
     * {@code nwfilter binding vnet3 (filter tck-drop)}.
     */
    @Override
    public String toString() {
        if (kind == Kind.NWFILTER_BINDING) {
            return kind.label() + " " + name + " (filter " + parent + ")";
        }
        return kind.label() + " " + (parent == null ? name : parent + "/" + name);
    }
}
