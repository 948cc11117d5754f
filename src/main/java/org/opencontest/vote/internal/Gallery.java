package org.opencontest.vote.internal;

import java.io.Serializable;
import java.util.List;

/**
 * One open vote as a voter sees it: the entries in the caller's own stable random order, the caller's votes marked
 * ({@link GalleryEntry#mine}); {@code signedIn} false for visitors, who are asked to sign in.
 */
public record Gallery(PollSummary poll, List<GalleryEntry> entries, boolean signedIn) implements Serializable {
}
