package org.libvirt.tck.core.capabilities;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Opens the documents captured from real drivers under {@code src/test/resources/capabilities/}. */
final class CapturedDocuments {

    private CapturedDocuments() {
    }

    static Reader open(String name) {
        InputStream in = CapturedDocuments.class.getResourceAsStream("/capabilities/" + name);
        if (in == null) {
            throw new IllegalStateException("Test resource /capabilities/" + name + " is missing");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
