package org.opencontest.shared.command;

import java.util.function.Consumer;

import org.springframework.core.env.PropertyResolver;

/**
 * A task an operator runs with the app jar instead of serving, e.g. {@code java -jar opencontest.jar
 * --opencontest.command=bucket-backup --opencontest.command-directory=/backups/bucket}. Modules contribute them as
 * beans; {@link OperatorCommandRunner} runs the one named and ends the process.
 */
public interface OperatorCommand {

    /** The value of {@code opencontest.command} that selects this command. */
    String name();

    /** Does the work; reads its own options (e.g. {@code opencontest.command-directory}). Throws when it fails. */
    void run(PropertyResolver options);

    static OperatorCommand of(String name, Consumer<PropertyResolver> work) {
        return new OperatorCommand() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void run(PropertyResolver options) {
                work.accept(options);
            }
        };
    }
}
