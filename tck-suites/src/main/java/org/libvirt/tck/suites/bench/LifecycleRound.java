package org.libvirt.tck.suites.bench;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/** The libvirt calls of one persistent-lifecycle round, made the same way directly and inside a scenario. */
final class LifecycleRound {

    private LifecycleRound() {
    }

    static void run(Connect conn, String xml) throws LibvirtException {
        Domain dom = conn.domainDefineXML(xml);
        dom.create();
        dom.getInfo();
        dom.destroy();
        dom.undefine();
    }
}
