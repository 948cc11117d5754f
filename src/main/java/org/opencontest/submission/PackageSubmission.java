package org.opencontest.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;

import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.storage.StoredObject;
import org.opencontest.submission.internal.DeadlineMessages;
import org.opencontest.submission.internal.DeadlineRules;
import org.opencontest.submission.internal.DraftFile;
import org.opencontest.submission.internal.DraftFileRepository;
import org.opencontest.submission.internal.FileFacts;
import org.opencontest.submission.internal.PackageChecks;
import org.opencontest.submission.internal.PackageRepository;
import org.opencontest.submission.internal.Participation;
import org.opencontest.submission.internal.QuotaRule;
import org.opencontest.submission.internal.SubmissionDtos;
import org.opencontest.submission.internal.SubmissionMetrics;
import org.opencontest.submission.internal.SubmissionObjects;
import org.opencontest.submission.internal.SubmissionPackage;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.submission.internal.SubmissionVersion;
import org.opencontest.submission.internal.StagePlan;
import org.opencontest.submission.internal.TeamPackages;
import org.opencontest.submission.internal.UploadedFiles;
import org.opencontest.submission.internal.VersionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submitting: the team's draft (or the API's files) becomes the next immutable, numbered version with a signed
 * receipt, and the team picks which version counts. Only members of a team that may submit do this; anything else,
 * including a guessed id, is {@link NotFoundException}. The receipt mail goes out after the submit commits
 * ({@code internal.ReceiptMails}).
 * <p>
 * Submitting locks the package row, so two members submitting at the same instant get two consistent versions; a
 * repeated submit with the same request key returns the version it already created.
 */
@Service
public class PackageSubmission {

    private static final Pattern REQUEST_KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    private final Participation participation;
    private final TeamPackages teamPackages;
    private final PackageRepository packages;
    private final DraftFileRepository draftFiles;
    private final VersionRepository versions;
    private final SubmissionObjects objects;
    private final SubmissionDtos dtos;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SubmissionMetrics metrics;

    PackageSubmission(Participation participation, TeamPackages teamPackages, PackageRepository packages,
                      DraftFileRepository draftFiles, VersionRepository versions, SubmissionObjects objects,
                      SubmissionDtos dtos, ApplicationEventPublisher events, Clock clock,
                      PlatformTransactionManager transactions, SubmissionMetrics metrics) {
        this.participation = participation;
        this.teamPackages = teamPackages;
        this.packages = packages;
        this.draftFiles = draftFiles;
        this.versions = versions;
        this.objects = objects;
        this.dtos = dtos;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.metrics = metrics;
    }

    /**
     * Submits the draft as the next immutable version; the signed receipt is mailed to every team member.
     *
     * @param requestKey chosen by the client per submit intention ({@link PackageState#requestKey()}); a repeat
     *                   with the same key returns the version it created instead of a second one
     */
    @PermitAll
    @Transactional
    public VersionDetail submit(long contestId, String requestKey) {
        requireRequestKey(requestKey);
        Participation.Member member = participation.submitter(contestId);
        SubmissionPackage pkg = packages.lockByContestIdAndTeamId(contestId, member.team().teamId())
                .orElseThrow(() -> new UserFacingException("submission.error.noFiles"));
        var repeated = versions.findByOriginPackageIdAndRequestKey(pkg.getId(), requestKey);
        if (repeated.isPresent()) {
            return dtos.detail(repeated.get(), pkg, CurrentUser.require().locale());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<DraftFile> files = draftFiles.findByPackageIdOrderByUploadedAtAscIdAsc(pkg.getId());
        DeadlineRules deadlines = participation.deadlines(member.contest(), member.team().teamId());
        DeadlineRules.Timing timing = deadlines.assessSubmit(files.stream().map(DraftFile::timing).toList(), now);
        return createVersion(member, pkg, pkg.input(), files.stream().map(DraftFile::file).toList(), timing, deadlines,
                requestKey, now);
    }

    /**
     * The API's submit: streams the request's files into the store, then submits exactly these files with the
     * description as a new version, under the same rules as the web page. The team's draft is not touched. The
     * request began at {@code startedAt}: when it began before the deadline it may finish within the grace period.
     * Any refusal or failure removes every object the request stored.
     */
    @PermitAll
    public VersionDetail submitFiles(long contestId, String requestKey, Instant startedAt, UploadedFiles files) {
        requireRequestKey(requestKey);
        Target target = transaction.execute(status -> {
            Participation.Member member = participation.submitter(contestId);
            participation.requireOnTime(member, startedAt, clock.instant());
            return new Target(teamPackages.packageFor(member).getId(), participation.rules(contestId));
        });
        List<FileFacts> stored = new ArrayList<>();
        try {
            long used = 0;
            while (files.next()) {
                if (stored.size() >= target.rules().maxFiles()) {
                    throw new UserFacingException("submission.error.tooManyFiles", target.rules().maxFiles());
                }
                StoredObject object = objects.store(contestId, target.packageId(), files.content(), files.name(),
                        target.rules(), used);
                String name;
                try {
                    name = SubmissionObjects.listedName(object);
                } catch (RuntimeException refused) {
                    objects.deleteQuietly(object.key());
                    throw refused;
                }
                stored.add(new FileFacts(object, name));
                if (stored.stream().filter(file -> file.getName().equals(name)).count() > 1) {
                    throw new UserFacingException("submission.error.duplicateName", name);
                }
                used += object.size();
            }
            return transaction.execute(status -> submitStored(contestId, requestKey, startedAt, files, stored));
        } catch (IOException e) {
            stored.forEach(file -> objects.deleteQuietly(file.getObjectKey()));
            throw new UncheckedIOException("Reading the request failed; nothing was stored", e);
        } catch (RuntimeException e) {
            stored.forEach(file -> objects.deleteQuietly(file.getObjectKey()));
            throw e;
        }
    }

    /** Makes an earlier (or the latest) version the one that counts; only before the deadline. */
    @PermitAll
    @Transactional
    public PackageState pickFinal(long contestId, long versionId) {
        Participation.Member member = participation.submitter(contestId);
        SubmissionPackage pkg = packages.lockByContestIdAndTeamId(contestId, member.team().teamId())
                .orElseThrow(NotFoundException::new);
        SubmissionVersion version = versions.findById(versionId).filter(v -> v.getPackageId() == pkg.getId())
                .orElseThrow(NotFoundException::new);
        DeadlineRules deadlines = participation.deadlines(member.contest(), member.team().teamId());
        if (!deadlines.mayPickFinal(clock.instant())) {
            throw new UserFacingException("submission.error.finalAfterDeadline");
        }
        pkg.pickFinal(version.getId(), clock.instant());
        announceFinal(pkg, version);
        return teamPackages.state(member, pkg);
    }

    private static void requireRequestKey(String requestKey) {
        if (requestKey == null || !REQUEST_KEY.matcher(requestKey).matches()) {
            throw new UserFacingException("submission.error.requestKey");
        }
    }

    private void announceFinal(SubmissionPackage pkg, SubmissionVersion version) {
        events.publishEvent(new FinalVersionChanged(pkg.getContestId(), pkg.getTeamId(), pkg.getId(), version.getId(),
                version.getTrackId(), version.input().titleEn(), version.input().titleZh()));
    }

    private VersionDetail submitStored(long contestId, String requestKey, Instant startedAt, UploadedFiles request,
                                       List<FileFacts> stored) {
        Participation.Member member = participation.submitter(contestId);
        SubmissionPackage pkg = packages.lockByContestIdAndTeamId(contestId, member.team().teamId())
                .orElseThrow(NotFoundException::new);
        var repeated = versions.findByOriginPackageIdAndRequestKey(pkg.getId(), requestKey);
        if (repeated.isPresent()) {
            // the earlier request's version stands; this request's copies of the files are not needed
            stored.forEach(file -> objects.deleteAfterCommit(file.getObjectKey()));
            return dtos.detail(repeated.get(), pkg, CurrentUser.require().locale());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        DeadlineRules deadlines = participation.deadlines(member.contest(), member.team().teamId());
        PackageInput input = participation.checked(member, request.description(pkg.input()));
        return createVersion(member, pkg, input, stored, deadlines.assess(startedAt, now), deadlines, requestKey, now);
    }

    /** The checks every submit shares, then the version, its signed receipt and the event that mails it. */
    private VersionDetail createVersion(Participation.Member member, SubmissionPackage pkg, PackageInput input,
                                        List<FileFacts> files, DeadlineRules.Timing timing, DeadlineRules deadlines,
                                        String requestKey, Instant now) {
        AppPrincipal caller = CurrentUser.require();
        DeadlineMessages.requireAccepted(timing, deadlines, member.contest().zone());
        // the stage's own rules and quotas: a team's idea-stage versions do not use up its prototype-stage quota
        StagePlan.Stage stage = participation.currentStage(member.contest());
        SubmissionRules rules = stage.rules();
        PackageChecks.requireComplete(input, files, rules);
        QuotaRule.check(rules, versions.submittedAtByPackageAndStage(pkg.getId(), stage.number()), now,
                member.contest().zone());
        SubmissionVersion version = versions.saveAndFlush(new SubmissionVersion(pkg, input,
                versions.lastNumber(pkg.getId()) + 1, stage.number(), now, caller.userId(), timing == DeadlineRules.Timing.LATE_ACCEPTED, requestKey, files));
        pkg.recordVersion(version, member.team().teamName(), now);
        if (version.getId().equals(pkg.getFinalVersionId())) {
            announceFinal(pkg, version);
        }
        dtos.signReceipt(version, pkg, member.contest().slug(), member.contest().zone(), caller.zone());
        events.publishEvent(new VersionSubmitted(version.getId(), pkg.getContestId(), member.team().teamId(),
                member.team().teamName(), version.getTrackId(), version.getNumber(), now, version.isLate(),
                version.getFiles().stream().map(file -> new VersionSubmitted.File(file.file().getName(),
                        file.file().getObjectKey(), file.file().getSize())).toList()));
        metrics.versionSubmitted(member.contest().slug());
        return dtos.detail(version, pkg, caller.locale());
    }

    /** The package the API's files go to and the rules they stream under. */
    private record Target(long packageId, SubmissionRules rules) {
    }
}
