package org.opencontest.judging.internal;

/** A conflict of interest between a judge and a team, with what it rests on. */
public record ConflictView(long id, long version, long judgeId, String judgeName, long teamId, String teamName,
        ConflictReason reason, String evidence, ConflictStatus status, String note) {
}
