package org.libvirt.tck.domainbuilder;

import static org.testng.Assert.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;

/**
 * Validates written XML against libvirt's own RNG schemas with Jing.
 *
 * <pre>{@code
 * RngValidator.assertValid(RngValidator.DOMAIN, spec.toXml());
 * }</pre>
 */
public final class RngValidator {

    /** Where libvirt installs its schemas. */
    public static final Path SCHEMA_DIR = Path.of("/usr/share/libvirt/schemas");

    public static final String DOMAIN = "domain.rng";
    public static final String NETWORK = "network.rng";
    public static final String STORAGE_POOL = "storagepool.rng";
    public static final String STORAGE_VOL = "storagevol.rng";

    /** Loading domain.rng takes a while; each schema is loaded once per test run. */
    private static final Map<String, Loaded> DRIVERS = new HashMap<>();

    private RngValidator() {
    }

    /** Fails with Jing's messages unless {@code xml} is valid against {@code schema}, e.g. {@link #DOMAIN}. */
    public static void assertValid(String schema, String xml) {
        List<String> errors = validate(schema, xml);
        if (!errors.isEmpty()) {
            fail(schema + " rejects the document:\n  " + String.join("\n  ", errors) + "\n" + xml);
        }
    }

    /** Jing's messages for {@code xml} against {@code schema}; empty when it is valid. */
    public static synchronized List<String> validate(String schema, String xml) {
        Loaded loaded = DRIVERS.computeIfAbsent(schema, RngValidator::load);
        loaded.errors.clear();
        try {
            loaded.driver.validate(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            loaded.errors.add(e.toString());
        }
        return List.copyOf(loaded.errors);
    }

    private static Loaded load(String schema) {
        Path file = SCHEMA_DIR.resolve(schema);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("libvirt's RNG schema " + file + " is missing: install "
                    + "libvirt-daemon-system (or the package that ships " + SCHEMA_DIR + ") to run these tests");
        }
        List<String> errors = new ArrayList<>();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, new Collecting(errors));
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap());
        try {
            if (!driver.loadSchema(ValidationDriver.fileInputSource(file.toFile()))) {
                throw new IllegalStateException("Jing could not load " + file + ": " + errors);
            }
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Jing could not load " + file, e);
        }
        return new Loaded(driver, errors);
    }

    private record Loaded(ValidationDriver driver, List<String> errors) {
    }

    private record Collecting(List<String> errors) implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
