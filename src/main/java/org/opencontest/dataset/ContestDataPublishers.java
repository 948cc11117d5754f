package org.opencontest.dataset;

import java.util.Set;

/**
 * Who publishes the data of a contest, for other modules (judging flags a judge whose organisation publishes it).
 * Implemented by {@link ContestDataUse}, which answers only the contest's organisers and administrators.
 */
public interface ContestDataPublishers {

    /** The publisher names of the datasets released to the contest, as their metadata states them. */
    Set<String> publishersOf(long contestId);
}
