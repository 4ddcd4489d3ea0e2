/**
 * Fluent builders for the libvirt XML documents the TCK defines: one sub-package per document family.
 *
 * <p>Each builder checks every argument as it is set and the combination in {@code build()}, which returns an
 * immutable spec; the spec's {@code toXml()} hands it to a separate dom4j writer. {@link
 * org.libvirt.tck.domainbuilder.GuestDefaults} turns a host's capabilities into what a domain needs:
 * <pre>{@code
 * DomainSpec dom = DomainBuilder.named("tck-dom1").withDefaults(GuestDefaults.from(caps, null)).build();
 * NetworkSpec net = NetworkBuilder.named("tck-net1").forwardNat().withIpv4("198.51.100.1", 24).build();
 * StoragePoolSpec pool = StoragePoolBuilder.dir("tck-pool1", "/var/lib/tck/pool1").build();
 * StorageVolSpec vol = StorageVolBuilder.named("tck-vol1.img").withCapacity(1L << 30).build();
 * }</pre>
 */
package org.libvirt.tck.domainbuilder;
