package org.opencontest.submission.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;

import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestSummary;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.persistence.OffsetPageRequest;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.submission.SubmissionReviews;
import org.opencontest.submission.SubmittedVersions;
import org.opencontest.submission.VersionDetail;
import org.opencontest.submission.VersionSummary;
import org.opencontest.team.TeamMemberships;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading submissions: the contests a team member submits to, the versions of a contest, one version and short-lived
 * links to its files. Members of the team read their own; organisers of the contest (and administrators) read every
 * team's. Judges are not among them: they read through {@link SubmissionReviews}, which names no team in a blind
 * round. Anything else, including a guessed id, is {@link NotFoundException}.
 */
@Service
public class SubmissionReading implements SubmittedVersions {

    private static final Duration LINK_EXPIRY = Duration.ofMinutes(10);

    private final Participation participation;
    private final ContestService contests;
    private final TeamMemberships teams;
    private final PackageRepository packages;
    private final VersionRepository versions;
    private final ObjectStorage storage;
    private final SubmissionDtos dtos;

    SubmissionReading(Participation participation, ContestService contests, TeamMemberships teams,
                      PackageRepository packages, VersionRepository versions, ObjectStorage storage,
                      SubmissionDtos dtos) {
        this.participation = participation;
        this.contests = contests;
        this.teams = teams;
        this.packages = packages;
        this.versions = versions;
        this.storage = storage;
        this.dtos = dtos;
    }

    /** Current and past public contests in which the caller is in a team. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ContestSummary> myContests() {
        CurrentUser.require();
        var all = contests.publicContests();
        Set<Long> mine = teams.myContestIds();
        return Stream.concat(all.current().stream(), all.past().stream())
                .filter(contest -> mine.contains(contest.id()))
                .toList();
    }

    /** The id of a contest the caller may see, by its slug (for the API's paths). */
    @PermitAll
    @Transactional(readOnly = true)
    public long contestId(String slug) {
        return contests.page(slug).id();
    }

    /**
     * Versions of a contest as the caller may list them, newest first per team: every team's for the contest's
     * organisers, the own team's for a member.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<VersionSummary> versions(long contestId, int offset, int limit) {
        Locale locale = CurrentUser.require().locale();
        if (contests.canManage(contestId)) {
            return dtos.summaries(versions.search(contestId, null, null, false, null, null,
                    OffsetPageRequest.of(offset, limit)), locale);
        }
        Participation.Member member = participation.member(contestId);
        return packages.findByContestIdAndTeamId(contestId, member.team().teamId())
                .map(pkg -> versions.findByPackageIdOrderBySubmittedAtDescIdDesc(pkg.getId()).stream().skip(offset).limit(limit)
                        .map(v -> dtos.summary(v, pkg, locale)).toList())
                .orElse(List.of());
    }

    /** A version with files and receipt, for its team's members and the contest's organisers. */
    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public VersionDetail version(long versionId) {
        SubmissionVersion version = readable(versionId);
        return dtos.detail(version, packages.findById(version.getPackageId()).orElseThrow(), CurrentUser.require().locale());
    }

    /** A short-lived link to one file of a version the caller may read; the bytes bypass the application. */
    @PermitAll
    @Transactional(readOnly = true)
    public URI fileLink(long versionId, long fileId) {
        var file = readable(versionId).getFiles().stream().filter(f -> f.getId() == fileId).findFirst()
                .orElseThrow(NotFoundException::new);
        return storage.presignedGet(file.file().getObjectKey(), LINK_EXPIRY, file.file().getName());
    }

    private SubmissionVersion readable(long versionId) {
        SubmissionVersion version = versions.findById(versionId).orElseThrow(NotFoundException::new);
        boolean member = CurrentUser.get().isPresent() && teams.myTeam(version.getContestId())
                .filter(team -> team.teamId() == version.getTeamId()).isPresent();
        if (!member && !contests.canManage(version.getContestId())) {
            throw new NotFoundException();
        }
        return version;
    }
}
