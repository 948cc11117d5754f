package org.opencontest.submission.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.PhaseKind;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.submission.PackageInput;
import org.opencontest.submission.PackageState;
import org.opencontest.submission.VersionSummary;
import org.springframework.stereotype.Component;

/** A team's package: created on first use, and shown as its members see it (draft, versions, rules, deadline). */
@Component
public class TeamPackages {

    private final Participation participation;
    private final PackageRepository packages;
    private final DraftFileRepository draftFiles;
    private final VersionRepository versions;
    private final SubmissionDtos dtos;
    private final Clock clock;

    TeamPackages(Participation participation, PackageRepository packages, DraftFileRepository draftFiles,
                 VersionRepository versions, SubmissionDtos dtos, Clock clock) {
        this.participation = participation;
        this.packages = packages;
        this.draftFiles = draftFiles;
        this.versions = versions;
        this.dtos = dtos;
        this.clock = clock;
    }

    /** The team's package, created on first use; a concurrent first use by a teammate is tolerated. */
    public SubmissionPackage packageFor(Participation.Member member) {
        long contestId = member.contest().id();
        return packages.findByContestIdAndTeamId(contestId, member.team().teamId())
                .orElseGet(() -> packages.saveAndFlush(newPackage(member, clock.instant())));
    }

    public SubmissionPackage newPackage(Participation.Member member, Instant now) {
        return new SubmissionPackage(member.contest().id(), member.team().teamId(), member.team().teamName(),
                member.team().trackId(), now);
    }

    /** The package as the member sees it; {@code pkg} null is the empty draft before the first save. */
    public PackageState state(Participation.Member member, SubmissionPackage pkg) {
        Locale locale = CurrentUser.require().locale();
        ContestPage contest = member.contest();
        DeadlineRules deadlines = participation.deadlines(contest, member.team().teamId());
        Instant now = clock.instant();
        var phaseClose = contest.timeline().phase(PhaseKind.SUBMISSION).orElseThrow().closes();
        SubmissionRules rules = participation.rules(contest.id());
        List<SubmittedFile> files = pkg == null ? List.of()
                : draftFiles.findByPackageIdOrderByUploadedAtAscIdAsc(pkg.getId()).stream().map(dtos::draftFile).toList();
        List<VersionSummary> list = pkg == null ? List.of()
                : versions.findByPackageIdOrderBySubmittedAtDescIdDesc(pkg.getId()).stream()
                .map(version -> dtos.summary(version, pkg, locale)).toList();
        return new PackageState(contest.id(), contest.slug(), contest.title(), contest.zone(), contest.tracks(), member.team().teamId(),
                member.team().teamName(), pkg == null ? null : pkg.getId(), pkg == null ? 0 : pkg.getVersion(),
                pkg == null ? new PackageInput(member.team().trackId(), null, null, null, null, null, null, null, null, null)
                        : pkg.input(),
                files, list, rules, deadlines.opens(), deadlines.deadline(), deadlines.deadline().isAfter(phaseClose),
                deadlines.assess(now, now) == DeadlineRules.Timing.LATE_REFUSED, rules.grace(), UUID.randomUUID().toString());
    }
}
