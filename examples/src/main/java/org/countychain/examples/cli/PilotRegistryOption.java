package org.countychain.examples.cli;

import java.nio.file.Path;

import org.countychain.rules.model.PilotRegistry;
import picocli.CommandLine.Option;

/**
 * {@code --pilot-registry FILE.json}, the pilot-county registry R2 reads, as the commands that screen (screen,
 * package, coverage) take it: one option, one description, one way of loading it.
 */
final class PilotRegistryOption {
    @Option(names = "--pilot-registry", paramLabel = "FILE.json", descriptionKey = "countychain.option.pilot-registry")
    private Path file;

    /**
     * The registry: the file's, or the empty one without the option.
     *
     * @return the registry
     */
    PilotRegistry registry() {
        return file == null ? PilotRegistry.empty() : PilotRegistry.read(file);
    }

    /**
     * Whether the option was given.
     *
     * @return true when a file was named
     */
    boolean given() {
        return file != null;
    }
}
