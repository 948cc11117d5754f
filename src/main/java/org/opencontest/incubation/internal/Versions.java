package org.opencontest.incubation.internal;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.persistence.BaseEntity;

/** Every edit quotes the version it started from: two incubators editing one milestone do not overwrite each other. */
public final class Versions {

    private Versions() {
    }

    public static <T extends BaseEntity> T require(T entity, long expectedVersion) {
        if (entity.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        return entity;
    }
}
