package nl.wmoregio.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 L5: the lake directory is for its owner only (no Spark, no database). */
class LakeTest {

    @TempDir
    Path tmp;

    @Test
    void aNewLakeIsCreatedOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path lake = tmp.resolve("data/lake");
        Lake.alleenEigenaar(lake.toString());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(lake)));
    }

    @Test
    void anExistingWorldReadableLakeIsTightened() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path lake = Files.createDirectories(tmp.resolve("lake"));
        Files.setPosixFilePermissions(lake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(lake.resolve("antwoorden.parquet"), "x");
        Lake.alleenEigenaar("file:" + lake.toAbsolutePath());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(lake)));
        assertEquals("x", Files.readString(lake.resolve("antwoorden.parquet")), "the contents stay");
    }

    @Test
    void aRemoteLakeIsLeftToItsStore() {
        assertNull(Lake.alleenEigenaar("hdfs://namenode/wmo/lake"));
        assertNull(Lake.alleenEigenaar("s3a://bucket/lake"));
    }
}
