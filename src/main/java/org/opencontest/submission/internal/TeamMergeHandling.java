package org.opencontest.submission.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.team.TeamMergeCheck;
import org.opencontest.team.TeamsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Submissions when two teams merge. The merge is refused when the merged team would hold more versions than the
 * contest's total quota. Once merged (same transaction), the absorbed team's package moves to the surviving team:
 * as a whole when the surviving team has none, otherwise its versions join the surviving package's history and its
 * draft files join the surviving draft where names and the file limit allow. Moved versions keep their numbers
 * (so two versions of the merged team may share a number) and show the team they were submitted by: everything a
 * receipt says stays what the application shows.
 */
@Component
class TeamMergeHandling implements TeamMergeCheck {

    private final PackageRepository packages;
    private final VersionRepository versions;
    private final DraftFileRepository draftFiles;
    private final Participation participation;
    private final SubmissionObjects objects;
    private final SubmissionDtos dtos;

    TeamMergeHandling(PackageRepository packages, VersionRepository versions, DraftFileRepository draftFiles,
                      Participation participation, SubmissionObjects objects, SubmissionDtos dtos) {
        this.packages = packages;
        this.versions = versions;
        this.draftFiles = draftFiles;
        this.participation = participation;
        this.objects = objects;
        this.dtos = dtos;
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
        SubmissionPackage source = absorbed.get();
        Optional<SubmissionPackage> surviving = packages.lockByContestIdAndTeamId(merged.contestId(),
                merged.survivingTeamId());
        List<SubmissionVersion> moved = versions.findByPackageId(source.getId());
        long targetId = surviving.map(SubmissionPackage::getId).orElse(source.getId());
        // every moved version keeps its number and notes the team its receipt names, so each receipt stays true
        for (SubmissionVersion version : moved) {
            versions.moveToTeam(version.getId(), targetId, merged.survivingTeamId(), dtos.receipt(version).teamName());
        }
        if (surviving.isEmpty()) {
            packages.moveToTeam(source.getId(), merged.survivingTeamId());
            return;
        }
        SubmissionPackage target = surviving.get();
        target.absorbVersions(moved.size(), moved.stream().max(Comparator.comparing(SubmissionVersion::getSubmittedAt))
                .map(SubmissionVersion::getId).orElse(null));
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
