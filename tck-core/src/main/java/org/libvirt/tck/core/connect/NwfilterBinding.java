package org.libvirt.tck.core.connect;

/**
 * An nwfilter binding as libvirt describes it: the filter it applies to one host network device.
 *
 * @param portdev    the host device the filter applies to, e.g. {@code vnet3}; a binding is known by it
 * @param filterName the nwfilter it applies
 * @param xml        its {@code <filterbinding>} XML, as read when this record was made
 */
public record NwfilterBinding(String portdev, String filterName, String xml) {
}
