package org.opencontest.submission;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.FileSize;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.storage.StoredObject;
import org.opencontest.submission.internal.DraftFile;
import org.opencontest.submission.internal.DraftFileRepository;
import org.opencontest.submission.internal.FileNameRule;
import org.opencontest.submission.internal.PackageRepository;
import org.opencontest.submission.internal.Participation;
import org.opencontest.submission.internal.SubmissionDtos;
import org.opencontest.submission.internal.SubmissionObjects;
import org.opencontest.submission.internal.SubmissionPackage;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.submission.internal.SubmittedFile;
import org.opencontest.submission.internal.TeamPackages;
import org.opencontest.submission.internal.VersionRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The team's draft package: its description and its files, streamed in one at a time. Only members of a team that may
 * submit change it (approved, large enough, before the deadline); members read it. Anything else, including a guessed
 * id, is {@link NotFoundException}. {@link PackageSubmission} turns the draft into versions.
 * <p>
 * Bytes stream into the object store outside any transaction; a file's row is written afterwards, and if that fails
 * (limit reached meanwhile, deadline, duplicate name) the object is removed, so a failed upload leaves nothing.
 */
@Service
public class SubmissionDrafts {

    private final Participation participation;
    private final TeamPackages teamPackages;
    private final PackageRepository packages;
    private final DraftFileRepository draftFiles;
    private final VersionRepository versions;
    private final SubmissionObjects objects;
    private final SubmissionDtos dtos;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SubmissionDrafts(Participation participation, TeamPackages teamPackages, PackageRepository packages,
                     DraftFileRepository draftFiles, VersionRepository versions, SubmissionObjects objects,
                     SubmissionDtos dtos, Clock clock, PlatformTransactionManager transactions) {
        this.participation = participation;
        this.teamPackages = teamPackages;
        this.packages = packages;
        this.draftFiles = draftFiles;
        this.versions = versions;
        this.objects = objects;
        this.dtos = dtos;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The caller's team's package (an empty draft before the first save) with its versions and the rules. */
    @PermitAll
    @Transactional(readOnly = true)
    public PackageState myPackage(long contestId) {
        Participation.Member member = participation.member(contestId);
        return teamPackages.state(member,
                packages.findByContestIdAndTeamId(contestId, member.team().teamId()).orElse(null));
    }

    /** Saves the draft's description. Allowed while the team may still submit. */
    @PermitAll
    @Transactional
    public PackageState saveDraft(long contestId, long expectedVersion, PackageInput input) {
        Participation.Member member = participation.submitter(contestId);
        PackageInput clean = participation.checked(member, input);
        Instant now = clock.instant();
        participation.requireOnTime(member, now, now);
        SubmissionPackage pkg = packages.findByContestIdAndTeamId(contestId, member.team().teamId())
                .orElseGet(() -> teamPackages.newPackage(member, now));
        if (pkg.getId() != null && pkg.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        pkg.edit(clean, now);
        return teamPackages.state(member, packages.saveAndFlush(pkg));
    }

    /**
     * Streams one file into the team's draft. Checked before a byte is stored: the team may submit, the deadline
     * (an upload that began before it may finish within the grace period), the file count, then on the first bytes
     * the sniffed type and the name's extension; while streaming: the size per file and what is left of the package
     * size; afterwards: empty files and names.
     *
     * @param startedAt when the upload began (the request's arrival), from the application clock
     */
    @PermitAll
    public SubmittedFile upload(long contestId, InputStream content, String fileName, Instant startedAt) {
        UploadPlan plan = transaction.execute(status -> planUpload(contestId, startedAt));
        StoredObject stored = objects.store(contestId, plan.packageId(), content, fileName, plan.rules(), plan.used());
        try {
            return transaction.execute(status -> recordUpload(contestId, plan.packageId(), stored, startedAt));
        } catch (RuntimeException e) {
            objects.deleteQuietly(stored.key());
            throw e instanceof DataIntegrityViolationException
                    ? new UserFacingException("submission.error.duplicateName", FileNameRule.displayName(stored.originalName()))
                    : e;
        }
    }

    /** Removes a file from the draft; its object goes too unless a submitted version still holds it. */
    @PermitAll
    public void removeFile(long contestId, long fileId) {
        String key = transaction.execute(status -> {
            Participation.Member member = participation.submitter(contestId);
            SubmissionPackage pkg = packages.findByContestIdAndTeamId(contestId, member.team().teamId())
                    .orElseThrow(NotFoundException::new);
            DraftFile file = draftFiles.findByIdAndPackageId(fileId, pkg.getId()).orElseThrow(NotFoundException::new);
            draftFiles.delete(file);
            pkg.touch(clock.instant());
            return versions.isObjectInAVersion(file.file().getObjectKey()) ? null : file.file().getObjectKey();
        });
        if (key != null) {
            objects.deleteQuietly(key);
        }
    }

    private UploadPlan planUpload(long contestId, Instant startedAt) {
        Participation.Member member = participation.submitter(contestId);
        participation.requireOnTime(member, startedAt, clock.instant());
        SubmissionRules rules = participation.rules(contestId);
        SubmissionPackage pkg = teamPackages.packageFor(member);
        List<DraftFile> files = draftFiles.findByPackageIdOrderByUploadedAtAscIdAsc(pkg.getId());
        if (files.size() >= rules.maxFiles()) {
            throw new UserFacingException("submission.error.tooManyFiles", rules.maxFiles());
        }
        return new UploadPlan(pkg.getId(), rules, files.stream().mapToLong(d -> d.file().getSize()).sum());
    }

    private SubmittedFile recordUpload(long contestId, long packageId, StoredObject stored, Instant startedAt) {
        Participation.Member member = participation.submitter(contestId);
        SubmissionRules rules = participation.rules(contestId);
        String name = SubmissionObjects.listedName(stored);
        Instant now = clock.instant();
        participation.requireOnTime(member, startedAt, now);
        SubmissionPackage pkg = packages.lockByContestIdAndTeamId(contestId, member.team().teamId())
                .filter(p -> p.getId() == packageId).orElseThrow(NotFoundException::new);
        List<DraftFile> files = draftFiles.findByPackageIdOrderByUploadedAtAscIdAsc(packageId);
        if (files.stream().anyMatch(file -> file.file().getName().equals(name))) {
            throw new UserFacingException("submission.error.duplicateName", name);
        }
        if (files.size() >= rules.maxFiles()) {
            throw new UserFacingException("submission.error.tooManyFiles", rules.maxFiles());
        }
        if (files.stream().mapToLong(d -> d.file().getSize()).sum() + stored.size() > rules.maxPackageBytes()) {
            throw new UserFacingException("submission.error.packageTooLarge", new FileSize(rules.maxPackageBytes()));
        }
        pkg.touch(now);
        return dtos.draftFile(draftFiles.saveAndFlush(new DraftFile(packageId, stored, name, startedAt, now,
                CurrentUser.requireId())));
    }

    /** @param used bytes the package holds already */
    private record UploadPlan(long packageId, SubmissionRules rules, long used) {
    }
}
