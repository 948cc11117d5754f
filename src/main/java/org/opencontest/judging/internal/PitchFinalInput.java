package org.opencontest.judging.internal;

import java.io.Serializable;
import java.time.Instant;

/**
 * A final's schedule as the organiser sets it: where (a venue, an online link or both), when it starts, and how long
 * each pitch, its questions and the changeover last, with a break after every {@code breakEvery} pitches (0: none).
 */
public record PitchFinalInput(String venue, String onlineLink, Instant startsAt, int pitchMinutes, int qaMinutes,
                              int changeoverMinutes, int breakEvery, int breakMinutes) implements Serializable {

    public PitchFinalInput {
        venue = venue == null || venue.isBlank() ? null : venue.strip();
        onlineLink = onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip();
    }
}
