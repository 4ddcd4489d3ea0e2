package org.libvirt.tck.suites.scenario;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.libvirt.tck.core.config.ConfigException;
import org.libvirt.tck.core.config.ConfigLoader;
import org.testng.IExecutionListener;

/**
 * Removes the test JVM's run folder under the default {@code scratch_dir} when the tests are done, as the kit's
 * command does at the end of a run: tests run scenarios in process, and those that ask for scratch paths leave the
 * folder behind, empty once every scenario's cleanup removed its files. A folder that still has files stays, and
 * is named on stderr: some test left them. Registered with surefire in this module's POM.
 */
public final class RunFolderCleanup implements IExecutionListener {

    @Override
    public void onExecutionFinish() {
        Path folder;
        try {
            folder = Sandbox.runFolder(ConfigLoader.load(Optional.empty(), Map.of(), Map.of()).scratchDir());
        } catch (ConfigException e) {
            throw new IllegalStateException("the kit's default configuration does not load: " + e.getMessage(), e);
        }
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException e) {
            System.err.println("tests left files in " + folder);
        } catch (IOException e) {
            System.err.println("cannot remove " + folder + ": " + e.getMessage());
        }
    }
}
