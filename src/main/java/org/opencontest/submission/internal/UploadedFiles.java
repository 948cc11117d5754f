package org.opencontest.submission.internal;

import java.io.IOException;
import java.io.InputStream;
import org.opencontest.submission.PackageInput;

/**
 * The files of one API request, read one after the other as they arrive (a streamed multipart body), plus the
 * description sent with them.
 */
public interface UploadedFiles {

    /** Moves to the next file; false when the request has no more. */
    boolean next() throws IOException;

    /** The current file's name as the client sent it. */
    String name();

    /** The current file's bytes; read once, before {@link #next()}. */
    InputStream content() throws IOException;

    /**
     * The description sent with the files; asked once all files are read. Fields the request left out keep the
     * draft's value.
     */
    PackageInput description(PackageInput draft);
}
