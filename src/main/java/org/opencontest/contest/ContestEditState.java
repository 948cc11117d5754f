package org.opencontest.contest;

import java.io.Serializable;
/**
 * A contest as its editor sees it: the current input, the version the next edit must quote (optimistic locking),
 * the status, and the cover's public path if there is one.
 */
public record ContestEditState(long id, long version, ContestStatus status, ContestInput input, String coverPath)
        implements Serializable {

    public boolean hasCover() {
        return coverPath != null;
    }
}
