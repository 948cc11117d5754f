package org.opencontest.judging.internal;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * One place in a final's running order with its times.
 *
 * @param teamName     the team's name for the contest's organisers and for the team itself; null for everyone else
 * @param drawKey      the entry's key in the draw ({@link PitchSchedule#drawKey}), so anyone can check the order
 * @param assignmentId the caller's own assignment on this entry, when the caller judges it (a link to the scoring page)
 * @param mine         whether this is the caller's team
 */
public record PitchRow(int position, long entryId, LocalizedText entryTitle, String teamName, String drawKey,
                       Instant starts, Instant pitchEnds, Instant ends, Long assignmentId, boolean mine)
        implements Serializable {
}
