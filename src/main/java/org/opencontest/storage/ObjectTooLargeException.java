package org.opencontest.storage;

import org.opencontest.shared.error.UserFacingException;

/** The upload passed its size limit; it was stopped while streaming and nothing was kept. */
public class ObjectTooLargeException extends UserFacingException {

    public ObjectTooLargeException(long maxBytes) {
        super("storage.error.tooLarge", maxBytes / (1024 * 1024));
    }
}
