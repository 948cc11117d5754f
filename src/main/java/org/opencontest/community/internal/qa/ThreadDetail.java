package org.opencontest.community.internal.qa;

/**
 * A thread's heading and what the caller may do there: {@code signedIn} users follow and report,
 * {@code following} for signed-in followers,
 * {@code moderator} for the contest's organisers and administrators, {@code canReply} for signed-in users while the
 * thread is open (moderators even when it is locked).
 */
public record ThreadDetail(long id, long version, long contestId, String contestSlug, String title, boolean pinned,
                           boolean locked, String hiddenReason, boolean signedIn, boolean following,
                           boolean moderator, boolean canReply) {
}
