package org.opencontest.submission.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;


/**
 * When a team may still upload and submit. All instants come from the server's clock.
 * <ul>
 *   <li>Before the submission phase opens nothing is accepted.</li>
 *   <li>The team's deadline is the phase's closing instant, or the team's extension when that is later.</li>
 *   <li>An action that <em>began</em> before the deadline and ends within the grace period after it is on time:
 *       an upload that started at 17:59:50 and finished at 18:03 counts, as does the submit that follows it
 *       within the grace period. Anything else after the deadline is late.</li>
 *   <li>Late actions are refused under {@link LatePolicy#REJECT} and kept but flagged under
 *       {@link LatePolicy#ACCEPT_FLAGGED}.</li>
 * </ul>
 */
public record DeadlineRules(Instant opens, Instant deadline, Duration grace, LatePolicy policy) {

    public enum Timing {
        NOT_OPEN, ON_TIME, LATE_ACCEPTED, LATE_REFUSED;

        public boolean accepted() {
            return this == ON_TIME || this == LATE_ACCEPTED;
        }
    }

    /** The phase window with the team's extension applied (an extension never shortens the window). */
    public static DeadlineRules of(Instant opens, Instant closes, Instant extensionUntil, Duration grace,
                                   LatePolicy policy) {
        Instant deadline = extensionUntil != null && extensionUntil.isAfter(closes) ? extensionUntil : closes;
        return new DeadlineRules(opens, deadline, grace, policy);
    }

    /**
     * @param began when the action began (an upload's start)
     * @param now   when it ends
     */
    public Timing assess(Instant began, Instant now) {
        if (now.isBefore(opens)) {
            return Timing.NOT_OPEN;
        }
        boolean onTime = now.isBefore(deadline)
                || began.isBefore(deadline) && now.isBefore(deadline.plus(grace));
        if (onTime) {
            return Timing.ON_TIME;
        }
        return policy == LatePolicy.ACCEPT_FLAGGED ? Timing.LATE_ACCEPTED : Timing.LATE_REFUSED;
    }

    /**
     * A submit continues the uploads that finished at or after the deadline: it began when the last of them began.
     * Without such uploads it began when it was asked for.
     */
    public Timing assessSubmit(Collection<Upload> uploads, Instant now) {
        Instant began = uploads.stream().filter(upload -> !upload.finished().isBefore(deadline))
                .map(Upload::started).max(Comparator.naturalOrder()).orElse(now);
        return assess(began, now);
    }

    /** Whether the team may still change its final pick: only before the deadline itself, never in grace. */
    public boolean mayPickFinal(Instant now) {
        return !now.isBefore(opens) && now.isBefore(deadline);
    }

    /** When one file's upload started and finished. */
    public record Upload(Instant started, Instant finished) {
    }
}
