package org.opencontest.submission.internal;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where one stage stands for the viewer: its window and, for a member of a team in the contest, what the team did.
 *
 * @param opens       null (with {@code closes}) when the contest has no submission phase yet
 * @param team        whether the viewer is in a team of the contest (the flags below are false otherwise)
 * @param admitted    the team may submit in this stage (the first stage, or shortlisted from the one before)
 * @param shortlisted the team advanced from this stage into the next one
 * @param feedbackReleased the organiser released the judges' feedback on this stage's entries to the teams
 */
public record StageStanding(StageNames name, Instant opens, Instant closes, boolean team, boolean submitted,
                            boolean admitted, boolean shortlisted, boolean feedbackReleased) implements Serializable {
}
