package org.opencontest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fresh directory per test JVM for the embedded S3 server, so that objects of earlier runs (whose database ids
 * are reused by the fresh throw-away database) never show up in this run.
 */
public final class ThrowawayObjectStore {

    private static Path directory;

    private ThrowawayObjectStore() {
    }

    public static synchronized String directory() {
        if (directory == null) {
            try {
                Path parent = Files.createDirectories(Path.of("target", "test-objects"));
                directory = Files.createTempDirectory(parent, "run-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory.toString();
    }
}
