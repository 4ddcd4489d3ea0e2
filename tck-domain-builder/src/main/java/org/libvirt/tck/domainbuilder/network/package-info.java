/** Virtual network definitions, {@code <network>}: {@link org.libvirt.tck.domainbuilder.network.NetworkBuilder}. */
package org.libvirt.tck.domainbuilder.network;
