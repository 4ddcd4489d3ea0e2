package org.libvirt.tck.core.host;

/**
 * A libvirt object of the kit's, recognised by its name's {@link TckObjects#PREFIX}.
 *
 * @param kind   what sort of object
 * @param name   its name
 * @param parent the pool of a volume; null for everything else
 */
public record TckObject(Kind kind, String name, String parent) {

    /** The sorts of objects the kit creates, in the order they are removed. */
    public enum Kind {
        DOMAIN("domain"),
        NETWORK("network"),
        STORAGE_VOLUME("volume"),
        STORAGE_POOL("pool"),
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

    /** How the object is named to a user: {@code domain tck-dom1}, {@code volume default/tck-vol.img}. */
    @Override
    public String toString() {
        return kind.label() + " " + (parent == null ? name : parent + "/" + name);
    }
}
