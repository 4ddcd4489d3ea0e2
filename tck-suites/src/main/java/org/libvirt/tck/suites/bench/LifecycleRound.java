package org.libvirt.tck.suites.bench;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.tck.domainbuilder.GuestDefaults;
import org.libvirt.tck.domainbuilder.domain.DomainBuilder;

/** The work of one persistent-lifecycle round, done the same way directly and inside a scenario. */
final class LifecycleRound {

    private LifecycleRound() {
    }

    /** Writes the domain's XML with the kit's builder, then defines, starts, looks at, destroys and undefines it. */
    static void run(Connect conn, String name, GuestDefaults defaults) throws LibvirtException {
        String xml = DomainBuilder.named(name).withDefaults(defaults).build().toXml();
        Domain dom = conn.domainDefineXML(xml);
        dom.create();
        dom.getInfo();
        dom.destroy();
        dom.undefine();
    }
}
