package org.opencontest.vote.internal;

import java.io.Serializable;
import java.util.List;

/**
 * One open vote as a voter sees it: the entries in the caller's own stable random order and how many votes the caller
 * has left (for the whole vote when it has one track, else the fewest left in any track).
 */
public record Gallery(PollSummary poll, List<GalleryEntry> entries, boolean signedIn) implements Serializable {
}
