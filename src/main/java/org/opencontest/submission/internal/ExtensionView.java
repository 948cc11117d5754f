package org.opencontest.submission.internal;

import java.io.Serializable;
import java.time.Instant;

/** A team's extended deadline. */
public record ExtensionView(long teamId, String teamName, Instant until, String reason, Instant grantedAt)
        implements Serializable {
}
