/**
 * Talking to a booted TCK guest: {@link org.libvirt.tck.core.guest.GuestImage} finds the image
 * {@code bin/libvirt-tck-prepare} built, {@link org.libvirt.tck.core.guest.GuestSession} speaks the agent's line
 * protocol over the host end of the guest's virtio-serial channel {@code org.libvirt.tck.agent.0}.
 *
 * <p>The protocol is documented in {@code bin/lib/guest/PROTOCOL.md}.
 */
package org.libvirt.tck.core.guest;
