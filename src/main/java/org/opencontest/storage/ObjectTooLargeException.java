package org.opencontest.storage;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.FileSize;

/** The upload passed its size limit; it was stopped while streaming and nothing was kept. */
public class ObjectTooLargeException extends UserFacingException {

    public ObjectTooLargeException(long maxBytes) {
        super("storage.error.tooLarge", new FileSize(maxBytes));
    }
}
