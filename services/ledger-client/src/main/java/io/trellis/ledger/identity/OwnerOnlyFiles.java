package io.trellis.ledger.identity;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Secret-bearing files: readable by their owner only, and never half written nor overwritten. */
public final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /**
     * Writes {@code content} whole under a temporary name in the same folder, then links it in as {@code file}.
     *
     * @throws FileAlreadyExistsException when {@code file} exists: it is left as it was
     */
    public static void createOnce(Path file, String content) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, ".new", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temp, content);
            Files.createLink(file, temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
