/** Helpers of the builders and writers; not part of the module's API and free to change. */
package org.libvirt.tck.domainbuilder.internal;
