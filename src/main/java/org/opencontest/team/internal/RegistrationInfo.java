package org.opencontest.team.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.opencontest.contest.ContestPage;
import org.opencontest.team.EligibilityQuestion;
import org.opencontest.team.TeamMembership;

/**
 * What the registration form of a contest shows and asks.
 *
 * @param open         whether a new team may register now (published, registration phase open)
 * @param opens        the registration phase's opening, or null without such a phase
 * @param closes       its closing, or null
 * @param lockAt       when membership freezes, or null
 * @param rulesVersion the rules version a participant consents to
 * @param myTeam       the caller's team in the contest, or null
 */
public record RegistrationInfo(ContestPage contest, boolean open, Instant opens, Instant closes, Instant lockAt,
                               Instant mergeDeadline, boolean soloAllowed, boolean approvalRequired,
                               RulesConsent rulesVersion, List<EligibilityQuestion> questions, TeamMembership myTeam)
        implements Serializable {

    public RegistrationInfo {
        questions = List.copyOf(questions);
    }
}
