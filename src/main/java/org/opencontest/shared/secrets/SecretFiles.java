package org.opencontest.shared.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Secrets the application generates for itself on the first start (signing keys, embedded server credentials). */
public final class SecretFiles {

    private static final Logger log = LoggerFactory.getLogger(SecretFiles.class);

    private SecretFiles() {
    }

    /**
     * Writes {@code content} to {@code file} unless it exists: owner-only ({@code rw-------}) from the first byte,
     * written to a temporary file and moved into place, so a reader never sees half a secret. When another node or
     * instance creates the file meanwhile, its content wins.
     *
     * @return whether this call created the file
     */
    public static boolean createOnce(Path file, String content) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
        try {
            ownerOnly(temporary);
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file);
            return true;
        } catch (FileAlreadyExistsException anotherWasFirst) {
            return false;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.warn("Cannot restrict the permissions of {} on this file system; protect the directory", path);
        }
    }
}
