package org.opencontest.team;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A team as its members and the contest's organisers see it.
 *
 * @param version    quote it for organiser decisions; a changed team refuses them with {@code error.concurrentEdit}
 * @param inviteCode the shareable code; only for the team's members and organisers
 */
public record TeamDetail(long id, long version, long contestId, String name, String description, Long trackId,
                         TeamStatus status, boolean solo, int memberCount, String inviteCode, String decisionReason,
                         Instant decidedAt, Instant createdAt, List<Member> members) implements Serializable {

    public TeamDetail {
        members = List.copyOf(members);
    }

    public Member leader() {
        return members.stream().filter(Member::leader).findFirst().orElseThrow();
    }

    /**
     * @param answers eligibility answers by question id
     */
    public record Member(long userId, String displayName, String email, boolean leader, Instant joinedAt,
                         String rulesVersion, Instant consentedAt, Map<Long, String> answers)
            implements Serializable {

        public Member {
            answers = Map.copyOf(answers);
        }
    }
}
