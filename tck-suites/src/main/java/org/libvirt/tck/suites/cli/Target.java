package org.libvirt.tck.suites.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;

/**
 * One driver to run the kit on: its URI and, for a remote host whose OS the kit cannot see, a platform label.
 *
 * @param uri       the libvirt URI
 * @param osName    the OS id to record (e.g. {@code debian}), or null to read it from this machine for local URIs
 * @param osVersion the OS version to record (e.g. {@code 12}), or null
 */
record Target(String uri, String osName, String osVersion) {

    static Target of(String uri) {
        return new Target(uri, null, null);
    }

    /**
     * Reads a hosts file: one target a line, {@code URI [OS_ID OS_VERSION]}; blank lines and {@code #} comments are
     * ignored.
     *
     * <pre>
     * qemu+ssh://build1.example.org/system debian 12
     * test:///default
     * </pre>
     *
     * @throws IllegalArgumentException naming the line that is not of that form
     */
    static List<Target> readHostsFile(Reader in, String source) throws IOException {
        List<Target> targets = new ArrayList<>();
        BufferedReader lines = new BufferedReader(in);
        String line;
        for (int n = 1; (line = lines.readLine()) != null; n++) {
            String text = line.replaceFirst("#.*", "").trim();
            if (text.isEmpty()) {
                continue;
            }
            String[] words = text.split("\\s+");
            if (!words[0].contains(":") || (words.length != 1 && words.length != 3)) {
                throw new IllegalArgumentException(source + ":" + n + ": expected 'URI [OS_ID OS_VERSION]', found '"
                        + text + "'");
            }
            targets.add(words.length == 1 ? of(words[0]) : new Target(words[0], words[1], words[2]));
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(source + ": lists no URI");
        }
        return targets;
    }
}
