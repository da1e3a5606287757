package nl.wmoregio.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The lake holds pseudonym-linked facts (answers, indicaties) unencrypted, so a local lake
 * directory is for the warehouse's own OS user only (issue 16 L5): created rwx------, and an
 * existing one tightened to that, before Spark writes into it. Others cannot enter the directory,
 * whatever mode Spark gives the files inside. A remote lake (hdfs://, s3a://) is protected by that
 * store's own access control, not here.
 */
public final class Lake {

    static final Set<PosixFilePermission> ALLEEN_EIGENAAR = PosixFilePermissions.fromString("rwx------");

    private Lake() {
    }

    /** Creates or tightens a local lake directory; returns it, or null for a remote lake. */
    public static Path alleenEigenaar(String lake) {
        Path pad = lokaal(lake);
        if (pad == null) {
            return null;
        }
        try {
            if (!Files.exists(pad)) {
                Files.createDirectories(pad.toAbsolutePath().getParent());
                if (posix()) {
                    Files.createDirectory(pad, PosixFilePermissions.asFileAttribute(ALLEEN_EIGENAAR));
                } else {
                    Files.createDirectory(pad);
                }
            }
            if (posix()) {
                // createDirectory is subject to the umask, and an existing lake may be older than this rule
                Files.setPosixFilePermissions(pad, ALLEEN_EIGENAAR);
            }
            return pad;
        } catch (IOException e) {
            throw new UncheckedIOException("lake " + lake + " kon niet alleen-eigenaar worden gemaakt", e);
        }
    }

    static Path lokaal(String lake) {
        if (lake == null || lake.isBlank()) {
            return null;
        }
        if (lake.startsWith("file:")) {
            return Path.of(URI.create(lake));
        }
        if (lake.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            return null; // hdfs://, s3a://, ...
        }
        return Path.of(lake);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
