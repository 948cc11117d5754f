package org.opencontest.storage.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

import org.opencontest.storage.UploadRefusedException;
import org.opencontest.storage.UploadRefusedException.Reason;
import org.opencontest.storage.UploadRules;

/**
 * The one gate every upload passes on its way into the store. {@link #inspect} reads only the head of the stream,
 * sniffs its type and refuses a type the upload path does not accept, or a name whose extension contradicts the
 * content, before a byte is stored; the rest of the upload is then never read. The guard then hands out the head
 * and the rest, counting, digesting and cutting the stream off at the size limit (see
 * {@link DigestingLimitedInputStream}), so an oversized upload stops at the limit too.
 */
final class UploadGuard extends InputStream {

    private final DigestingLimitedInputStream measured;
    private final String name;
    private final UploadRules rules;
    private InputStream content;
    private String mediaType;

    UploadGuard(InputStream source, String name, UploadRules rules) {
        this.measured = new DigestingLimitedInputStream(source, rules.maxBytes());
        this.name = name;
        this.rules = rules;
    }

    /**
     * Reads the head and checks it; call once, before reading.
     *
     * @throws UploadRefusedException when the type is not accepted or the name contradicts the content
     * @throws IOException when the source fails or the head alone passes the size limit
     */
    void inspect() throws IOException {
        byte[] head = measured.readNBytes(MediaTypes.HEAD_BYTES);
        mediaType = MediaTypes.sniff(head, name);
        if (!rules.accepts(mediaType)) {
            throw new UploadRefusedException(Reason.TYPE_NOT_ACCEPTED, name, mediaType);
        }
        if (head.length > 0 && MediaTypes.nameContradicts(name, mediaType)) {
            throw new UploadRefusedException(Reason.NAME_CONTRADICTS_CONTENT, name, mediaType);
        }
        // the head goes first, then the rest straight from the source: no buffer copies every byte again
        content = new SequenceInputStream(new ByteArrayInputStream(head), measured);
    }

    @Override
    public int read() throws IOException {
        return inspected().read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        return inspected().read(buffer, offset, length);
    }

    String mediaType() {
        return mediaType;
    }

    long size() {
        return measured.size();
    }

    String sha256Hex() {
        return measured.sha256Hex();
    }

    boolean limitExceeded() {
        return measured.limitExceeded();
    }

    Throwable sourceFailure() {
        return measured.sourceFailure();
    }

    private InputStream inspected() {
        if (content == null) {
            throw new IllegalStateException("inspect() the head before reading");
        }
        return content;
    }
}
