package org.opencontest.submission.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

import org.opencontest.shared.error.UserFacingException;

/** Versions a team may submit: so many per calendar day in the contest's zone, so many in total. */
public final class QuotaRule {

    private QuotaRule() {
    }

    /**
     * @param earlier the submission instants of the team's earlier versions
     * @throws UserFacingException {@code submission.error.quotaTotal} or {@code submission.error.quotaDay}
     */
    public static void check(SubmissionRules rules, Collection<Instant> earlier, Instant now, ZoneId contestZone) {
        if (earlier.size() >= rules.quotaTotal()) {
            throw new UserFacingException("submission.error.quotaTotal", rules.quotaTotal());
        }
        LocalDate today = LocalDate.ofInstant(now, contestZone);
        long todays = earlier.stream().filter(at -> LocalDate.ofInstant(at, contestZone).equals(today)).count();
        if (todays >= rules.quotaPerDay()) {
            throw new UserFacingException("submission.error.quotaDay", rules.quotaPerDay());
        }
    }
}
