package org.libvirt.tck.suites.cli;

import picocli.CommandLine.IVersionProvider;

/** The kit's version, from the jar manifest's {@code Implementation-Version}. */
public final class KitVersion implements IVersionProvider {

    /** What a build outside a jar (an IDE, the unit tests) calls itself. */
    public static final String DEVELOPMENT = "development";

    public static String get() {
        String version = KitVersion.class.getPackage().getImplementationVersion();
        return version == null ? DEVELOPMENT : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"libvirt-tck " + get()};
    }
}
