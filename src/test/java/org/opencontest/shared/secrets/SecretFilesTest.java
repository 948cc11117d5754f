package org.opencontest.shared.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {

    @TempDir Path directory;

    @Test
    void theFirstWriterWinsAndTheFileIsTheOwnersOnly() throws Exception {
        Path file = directory.resolve("keys/secret.properties");

        assertThat(SecretFiles.createOnce(file, "first")).isTrue();
        assertThat(SecretFiles.createOnce(file, "second")).as("an existing secret is never replaced").isFalse();

        assertThat(Files.readString(file)).isEqualTo("first");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).as("no temporary files left behind").containsExactly(file);
        }
    }
}
