package org.opencontest.team.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.team.EligibilityQuestion;

/**
 * What an invitation (by mail link or by invite code) offers, shown before the person answers it.
 *
 * @param email     the invited address for a mailed invitation; null for an invite code
 * @param expiresAt when a mailed invitation expires; null for an invite code
 */
public record InvitePreview(long teamId, String teamName, long contestId, String contestSlug,
                            LocalizedText contestTitle, String leaderName, int memberCount, int teamSizeMax,
                            String email, Instant expiresAt, RulesConsent rulesVersion,
                            List<EligibilityQuestion> questions) implements Serializable {

    public InvitePreview {
        questions = List.copyOf(questions);
    }
}
