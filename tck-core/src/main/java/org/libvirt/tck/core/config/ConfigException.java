package org.libvirt.tck.core.config;

/**
 * A configuration the kit cannot use: a missing or malformed file, an unknown key, a value of the wrong type.
 *
 * <p>The message is one line meant for the user: where, what was expected, what was found.
 */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }
}
