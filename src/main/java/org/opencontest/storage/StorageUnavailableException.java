package org.opencontest.storage;

import org.opencontest.shared.error.ServiceUnavailableException;

/** The object store could not be reached or failed; the action changed nothing and can be retried. */
public class StorageUnavailableException extends ServiceUnavailableException {

    public StorageUnavailableException(Throwable cause) {
        super("storage.error.unavailable", cause);
    }
}
