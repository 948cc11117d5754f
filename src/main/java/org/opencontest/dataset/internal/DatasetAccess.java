package org.opencontest.dataset.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

import org.opencontest.contest.ContestService;
import org.opencontest.dataset.AccessTier;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.team.TeamMembership;
import org.opencontest.team.TeamMemberships;
import org.springframework.stereotype.Component;

/**
 * The access rules of datasets, in one place for both services:
 * <ul>
 *   <li>a dataset is <em>managed</em> by its owner, by the organisers of any contest it is released to and by
 *       administrators;</li>
 *   <li>a release is public once published and past its embargo; before that only managers see it;</li>
 *   <li>downloading a visible file needs what the tier asks (see {@link AccessTier}); managers always may.</li>
 * </ul>
 */
@Component
public class DatasetAccess {

    private final ContestService contests;
    private final TeamMemberships teams;
    private final TermsAcceptanceRepository acceptances;
    private final DatasetReleaseRepository releases;

    DatasetAccess(ContestService contests, TeamMemberships teams, TermsAcceptanceRepository acceptances,
                  DatasetReleaseRepository releases) {
        this.contests = contests;
        this.teams = teams;
        this.acceptances = acceptances;
        this.releases = releases;
    }

    public boolean manages(Dataset dataset) {
        return CurrentUser.isAdmin()
                || CurrentUser.get().map(user -> dataset.isOwnedBy(user.userId())).orElse(false)
                || dataset.getContestIds().stream().anyMatch(contests::canManage);
    }

    /**
     * Whether the caller manages the dataset; throws {@link NotFoundException} when they may not see it at all (the
     * public sees a dataset once one of its releases is public).
     */
    public boolean visibleAs(Dataset dataset, Instant now) {
        boolean manager = manages(dataset);
        if (!manager && releases.findByDatasetIdOrderByNumberDesc(dataset.getId()).stream()
                .noneMatch(release -> release.isPublicAt(now))) {
            throw new NotFoundException();
        }
        return manager;
    }

    public boolean sees(DatasetRelease release, boolean manager, Instant now) {
        return manager || release.isPublicAt(now);
    }

    /** Null when the caller may download the dataset's files, else what is missing. */
    public AccessRefusal refusal(Dataset dataset, boolean manager) {
        if (manager || dataset.getAccessTier() == AccessTier.OPEN) {
            return null;
        }
        if (CurrentUser.get().isEmpty()) {
            return AccessRefusal.SIGN_IN;
        }
        return switch (dataset.getAccessTier()) {
            case AGREEMENT -> hasAccepted(dataset) ? null : AccessRefusal.ACCEPT_TERMS;
            case TEAM_ONLY -> approvedTeam(dataset.getContestIds()).isPresent() ? null : AccessRefusal.APPROVED_TEAM;
            default -> null;
        };
    }

    public boolean hasAccepted(Dataset dataset) {
        return CurrentUser.get().map(user -> acceptances.existsByDatasetIdAndUserIdAndTermsVersion(dataset.getId(),
                user.userId(), dataset.getTermsVersion())).orElse(false);
    }

    /**
     * The team the caller acts for with this dataset: their approved team in one of its contests, else any team
     * they have there (recorded as it is), else none.
     */
    public TeamRef teamFor(Set<Long> contestIds) {
        if (CurrentUser.get().isEmpty()) {
            return null;
        }
        return contestIds.stream().sorted()
                .map(teams::myTeam).flatMap(Optional::stream)
                .min(Comparator.comparing((TeamMembership team) -> !team.isApproved()))
                .map(team -> new TeamRef(team.teamId(), team.teamName()))
                .orElse(null);
    }

    private Optional<TeamMembership> approvedTeam(Set<Long> contestIds) {
        return contestIds.stream().sorted().map(teams::myTeam).flatMap(Optional::stream)
                .filter(TeamMembership::isApproved).findFirst();
    }
}
