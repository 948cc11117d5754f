package org.opencontest.contest;

/**
 * A contest as its editor sees it: the current input, the version the next edit must quote (optimistic locking),
 * the status, and the cover's public path if there is one.
 */
public record ContestEditState(long id, long version, ContestStatus status, ContestInput input, String coverPath) {

    public boolean hasCover() {
        return coverPath != null;
    }
}
