/**
 * Domain definitions, {@code <domain>}: {@link org.libvirt.tck.domainbuilder.domain.DomainBuilder} and the
 * values it takes ({@link org.libvirt.tck.domainbuilder.domain.Disk},
 * {@link org.libvirt.tck.domainbuilder.domain.Nic}, ...).
 */
package org.libvirt.tck.domainbuilder.domain;
