package org.opencontest.community.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.security.PermitAll;

import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.team.TeamMemberships;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Following a contest: a signed-in person who is not in one of its teams gets its announcements and official
 * answers (by their notification preferences) without registering. Following twice, or two clicks racing, leaves
 * one follow (the table's unique constraint decides the race); unfollowing what one does not follow does nothing.
 * A contest the caller may not see is not found.
 */
@Service
public class ContestFollowers {

    private final ContestFollowerRepository followers;
    private final ContestService contests;
    private final TeamMemberships teams;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ContestFollowers(ContestFollowerRepository followers, ContestService contests, TeamMemberships teams,
                     Clock clock, PlatformTransactionManager transactions) {
        this.followers = followers;
        this.contests = contests;
        this.teams = teams;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What the follow button shows the caller. */
    @PermitAll
    public FollowState state(long contestId) {
        return transaction.execute(status -> {
            contests.page(contestId);
            if (CurrentUser.get().isEmpty()) {
                return FollowState.SIGNED_OUT;
            }
            if (teams.myTeam(contestId).isPresent()) {
                return FollowState.IN_TEAM;
            }
            return followers.follows(contestId, CurrentUser.requireId()) ? FollowState.FOLLOWING
                    : FollowState.NOT_FOLLOWING;
        });
    }

    /** Follows the contest; harmless when the caller follows it already. */
    @PreAuthorize("isAuthenticated()")
    public FollowState follow(long contestId) {
        long user = CurrentUser.requireId();
        try {
            transaction.executeWithoutResult(status -> {
                contests.page(contestId);
                if (teams.myTeam(contestId).isPresent()) {
                    throw new UserFacingException("community.follow.error.inTeam");
                }
                if (!followers.follows(contestId, user)) {
                    followers.saveAndFlush(new ContestFollower(contestId, user,
                            clock.instant().truncatedTo(ChronoUnit.MICROS)));
                }
            });
        } catch (DataIntegrityViolationException raced) {
            // another request of the same person inserted the follow first: the constraint kept one, as intended
            if (!Boolean.TRUE.equals(transaction.execute(status -> followers.follows(contestId, user)))) {
                throw raced;
            }
        }
        return FollowState.FOLLOWING;
    }

    /** Stops following; harmless when the caller does not follow the contest. */
    @PreAuthorize("isAuthenticated()")
    public FollowState unfollow(long contestId) {
        long user = CurrentUser.requireId();
        transaction.executeWithoutResult(status -> {
            contests.page(contestId);
            followers.unfollow(contestId, user);
        });
        return FollowState.NOT_FOLLOWING;
    }
}
