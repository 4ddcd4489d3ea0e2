package org.libvirt.tck.core.capabilities;

/**
 * A security driver the host offers to guests.
 *
 * @param model the model name, e.g. {@code selinux}, {@code apparmor}, {@code dac}
 * @param doi   the domain of interpretation, as the driver reports it
 */
public record SecurityModel(String model, String doi) {
}
