package org.opencontest.submission.internal;

import java.util.List;
import java.util.Optional;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.submission.SubmissionRules;
import org.opencontest.team.TeamMergeCheck;
import org.opencontest.team.TeamsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Submissions when two teams merge. The merge is refused when the merged team would hold more versions than the
 * contest's total quota. Once merged (same transaction), the absorbed team's package moves to the surviving team:
 * as a whole when the surviving team has none, otherwise its versions are appended to the surviving package's
 * history (numbered after the surviving team's versions; receipts keep the numbers they were issued with and stay
 * verifiable) and its draft files join the surviving draft where names and the file limit allow.
 */
@Component
class TeamMergeHandling implements TeamMergeCheck {

    private final PackageRepository packages;
    private final VersionRepository versions;
    private final DraftFileRepository draftFiles;
    private final Participation participation;
    private final SubmissionObjects objects;

    TeamMergeHandling(PackageRepository packages, VersionRepository versions, DraftFileRepository draftFiles,
                      Participation participation, SubmissionObjects objects) {
        this.packages = packages;
        this.versions = versions;
        this.draftFiles = draftFiles;
        this.participation = participation;
        this.objects = objects;
    }

    @Override
    public void checkMerge(long contestId, long survivingTeamId, long absorbedTeamId) {
        int combined = versionCount(contestId, survivingTeamId) + versionCount(contestId, absorbedTeamId);
        SubmissionRules rules = participation.rules(contestId);
        if (combined > rules.quotaTotal()) {
            throw new UserFacingException("submission.error.mergeQuota", combined, rules.quotaTotal());
        }
    }

    @EventListener
    void on(TeamsMerged merged) {
        Optional<SubmissionPackage> absorbed = packages.lockByContestIdAndTeamId(merged.contestId(),
                merged.absorbedTeamId());
        if (absorbed.isEmpty()) {
            return;
        }
        Optional<SubmissionPackage> surviving = packages.lockByContestIdAndTeamId(merged.contestId(),
                merged.survivingTeamId());
        if (surviving.isEmpty()) {
            packages.moveToTeam(absorbed.get().getId(), merged.survivingTeamId());
            return;
        }
        SubmissionPackage target = surviving.get();
        SubmissionPackage source = absorbed.get();
        List<SubmissionVersion> moved = versions.findByPackageIdOrderByNumberAsc(source.getId());
        int number = target.getVersionCount();
        for (SubmissionVersion version : moved) {
            versions.moveToPackage(version.getId(), target.getId(), merged.survivingTeamId(), ++number);
        }
        target.absorbVersions(moved.size(), moved.isEmpty() ? null : moved.get(moved.size() - 1).getId());
        int maxFiles = participation.rules(merged.contestId()).maxFiles();
        List<DraftFile> kept = draftFiles.findByPackageIdOrderByUploadedAtAscIdAsc(target.getId());
        int count = kept.size();
        for (DraftFile file : draftFiles.findByPackageIdOrderByUploadedAtAscIdAsc(source.getId())) {
            boolean fits = count < maxFiles && kept.stream().noneMatch(k -> k.file().getName().equals(file.file().getName()));
            if (fits) {
                draftFiles.moveToPackage(file.getId(), target.getId());
                count++;
            } else if (!versions.isObjectInAVersion(file.file().getObjectKey())) {
                objects.deleteAfterCommit(file.file().getObjectKey());
            }
        }
        packages.flush();
        packages.deleteById(source.getId());
    }

    private int versionCount(long contestId, long teamId) {
        return packages.findByContestIdAndTeamId(contestId, teamId).map(SubmissionPackage::getVersionCount).orElse(0);
    }
}
