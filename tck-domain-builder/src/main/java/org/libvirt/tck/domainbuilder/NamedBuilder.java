package org.libvirt.tck.domainbuilder;

import java.util.UUID;

import org.libvirt.tck.domainbuilder.internal.Checks;

/**
 * The parts every named libvirt object shares, a name and an optional UUID, for the builders that extend it.
 *
 * <p>{@code withX} methods return the concrete builder, so calls chain across this base and the subclass:
 * <pre>{@code
 * NetworkSpec net = NetworkBuilder.named("tck-net1").withUuid(uuid).forwardNat().build();
 * }</pre>
 *
 * @param <SELF> the concrete builder
 */
public abstract class NamedBuilder<SELF extends NamedBuilder<SELF>> {

    private final String name;
    private UUID uuid;

    /**
     * Checks {@code name} as a libvirt object name.
     *
     * @param what what the name belongs to, for error messages, e.g. {@code "domain name"}
     */
    protected NamedBuilder(String what, String name) {
        this.name = Checks.objectName(what, name);
    }

    /** Sets the UUID; without one, libvirt generates it when the object is defined. */
    public SELF withUuid(UUID uuid) {
        this.uuid = Checks.notNull("uuid", uuid);
        return self();
    }

    /** The name given to the factory method. */
    protected final String name() {
        return name;
    }

    /** The UUID, or {@code null} when none was set. */
    protected final UUID uuid() {
        return uuid;
    }

    /** This builder as its concrete type. */
    @SuppressWarnings("unchecked")
    protected final SELF self() {
        return (SELF) this;
    }
}
