package org.libvirt.tck.domainbuilder.internal;

import java.util.Set;

/** Value lists that libvirt's RNG schemas enumerate, copied from libvirt 9.0's {@code domaincommon.rng}. */
public final class RngValues {

    /** {@code <define name="hvs">}: the values of {@code <domain type=...>}. */
    public static final Set<String> DOMAIN_TYPES = Set.of(
            "qemu", "kqemu", "kvm", "xen", "lxc", "uml", "openvz", "test", "vmware", "hyperv", "vbox", "phyp",
            "vz", "bhyve", "hvf");

    /** {@code <define name="archnames">}: the values of {@code <type arch=...>}. */
    public static final Set<String> ARCHITECTURES = Set.of(
            "aarch64", "alpha", "armv6l", "armv7l", "cris", "i686", "ia64", "lm32", "m68k", "microblaze",
            "microblazeel", "mips", "mipsel", "mips64", "mips64el", "openrisc", "parisc", "parisc64", "ppc",
            "ppc64", "ppc64le", "ppcemb", "riscv32", "riscv64", "s390", "s390x", "sh4", "sh4eb", "sparc",
            "sparc64", "unicore32", "x86_64", "xtensa", "xtensaeb");

    private RngValues() {
    }
}
