package org.opencontest.storage;

import org.opencontest.shared.error.UserFacingException;

/** The object store could not be reached or failed; the action changed nothing and can be retried. */
public class StorageUnavailableException extends UserFacingException {

    public StorageUnavailableException(Throwable cause) {
        super("storage.error.unavailable");
        initCause(cause);
    }
}
