package org.opencontest.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestSummary;
import org.opencontest.contest.PhaseKind;
import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.FileSize;
import org.opencontest.shared.persistence.OffsetPageRequest;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.storage.FileTypeNames;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.storage.ObjectTooLargeException;
import org.opencontest.storage.StoredObject;
import org.opencontest.storage.UploadRefusedException;
import org.opencontest.storage.UploadRules;
import org.opencontest.submission.internal.DeadlineMessages;
import org.opencontest.submission.internal.DeadlineRules;
import org.opencontest.submission.internal.FileFacts;
import org.opencontest.submission.internal.FileNameRule;
import org.opencontest.submission.internal.DraftFile;
import org.opencontest.submission.internal.DraftFileRepository;
import org.opencontest.submission.internal.PackageRepository;
import org.opencontest.submission.internal.Participation;
import org.opencontest.submission.internal.QuotaRule;
import org.opencontest.submission.internal.SubmissionDtos;
import org.opencontest.submission.internal.SubmissionMetrics;
import org.opencontest.submission.internal.SubmissionPackage;
import org.opencontest.submission.internal.SubmissionVersion;
import org.opencontest.submission.internal.SubmissionObjects;
import org.opencontest.submission.internal.VersionRepository;
import org.opencontest.team.TeamMember;
import org.opencontest.team.TeamMemberships;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submissions as teams make them: the draft package, streamed uploads, submitting numbered versions, the final pick
 * and receipts. Only members of the team see or change its package; organisers of the contest (and administrators)
 * read its versions. Judges are not among them: they read through {@link SubmissionReviews}, which names no team in a
 * blind round. Anything else, including a guessed id, is {@link NotFoundException}.
 * <p>
 * Bytes stream into the object store outside any transaction; a file's row is written afterwards, and if that fails
 * (limit reached meanwhile, deadline, duplicate name) the object is removed, so a failed upload leaves nothing.
 * Submitting locks the package row, so two members submitting at the same instant get two consistent versions; a
 * repeated submit with the same request key returns the version it already created.
 */
@Service
public class SubmissionService {

    private static final Duration LINK_EXPIRY = Duration.ofMinutes(10);
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]{1,490}");
    private static final Pattern REQUEST_KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");
    /** Mails must stay small (see MailRequested); longer receipts are linked, not inlined. */
    private static final int MAX_INLINE_RECEIPT = 5000;

    private final Participation participation;
    private final ContestService contests;
    private final TeamMemberships teams;
    private final PackageRepository packages;
    private final DraftFileRepository draftFiles;
    private final VersionRepository versions;
    private final SubmissionObjects objects;
    private final ObjectStorage storage;
    private final SubmissionDtos dtos;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final TransactionTemplate transaction;
    private final SubmissionMetrics metrics;

    SubmissionService(Participation participation, ContestService contests, TeamMemberships teams,
                      PackageRepository packages, DraftFileRepository draftFiles, VersionRepository versions,
                      SubmissionObjects objects, ObjectStorage storage, SubmissionDtos dtos,
                      ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
                      @Value("${opencontest.base-url}") String baseUrl, SubmissionMetrics metrics) {
        this.participation = participation;
        this.contests = contests;
        this.teams = teams;
        this.packages = packages;
        this.draftFiles = draftFiles;
        this.versions = versions;
        this.objects = objects;
        this.storage = storage;
        this.dtos = dtos;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.transaction = new TransactionTemplate(transactions);
        this.metrics = metrics;
    }

    /** Current and past public contests in which the caller is in a team. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ContestSummary> myContests() {
        CurrentUser.require();
        var all = contests.publicContests();
        return Stream.concat(all.current().stream(), all.past().stream())
                .filter(contest -> teams.myTeam(contest.id()).isPresent())
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
            return dtos.summaries(versions.search(contestId, null, null, false, null,
                    OffsetPageRequest.of(offset, limit)), locale);
        }
        Participation.Member member = participation.member(contestId);
        return packages.findByContestIdAndTeamId(contestId, member.team().teamId())
                .map(pkg -> versions.findByPackageIdOrderBySubmittedAtDescIdDesc(pkg.getId()).stream().skip(offset).limit(limit)
                        .map(v -> dtos.summary(v, pkg, locale)).toList())
                .orElse(List.of());
    }

    /** The caller's team's package (an empty draft before the first save) with its versions and the rules. */
    @PermitAll
    @Transactional(readOnly = true)
    public PackageState myPackage(long contestId) {
        Participation.Member member = participation.member(contestId);
        return state(member, packages.findByContestIdAndTeamId(contestId, member.team().teamId()).orElse(null));
    }

    /** Saves the draft's description. Allowed while the team may still submit. */
    @PermitAll
    @Transactional
    public PackageState saveDraft(long contestId, long expectedVersion, PackageInput input) {
        Participation.Member member = participation.submitter(contestId);
        PackageInput clean = validate(input, member.contest());
        Instant now = clock.instant();
        requireOnTime(member, now, now);
        SubmissionPackage pkg = packages.findByContestIdAndTeamId(contestId, member.team().teamId())
                .orElseGet(() -> newPackage(member, now));
        if (pkg.getId() != null && pkg.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        pkg.edit(clean, now);
        return state(member, packages.saveAndFlush(pkg));
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
        StoredObject stored = store(contestId, plan.packageId(), content, fileName, plan.rules(), plan.used());
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

    /**
     * Submits the draft as the next immutable version and sends the signed receipt to every team member.
     *
     * @param requestKey chosen by the client per submit intention ({@link PackageState#requestKey()}); a repeat
     *                   with the same key returns the version it created instead of a second one
     */
    @PermitAll
    @Transactional
    public VersionDetail submit(long contestId, String requestKey) {
        if (requestKey == null || !REQUEST_KEY.matcher(requestKey).matches()) {
            throw new UserFacingException("submission.error.requestKey");
        }
        Participation.Member member = participation.submitter(contestId);
        AppPrincipal caller = CurrentUser.require();
        Locale locale = caller.locale();
        SubmissionPackage pkg = packages.lockByContestIdAndTeamId(contestId, member.team().teamId())
                .orElseThrow(() -> new UserFacingException("submission.error.noFiles"));
        var repeated = versions.findByOriginPackageIdAndRequestKey(pkg.getId(), requestKey);
        if (repeated.isPresent()) {
            return dtos.detail(repeated.get(), pkg, locale);
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
        if (requestKey == null || !REQUEST_KEY.matcher(requestKey).matches()) {
            throw new UserFacingException("submission.error.requestKey");
        }
        UploadPlan plan = transaction.execute(status -> {
            Participation.Member member = participation.submitter(contestId);
            requireOnTime(member, startedAt, clock.instant());
            return new UploadPlan(packageFor(member).getId(), participation.rules(contestId), 0);
        });
        List<FileFacts> stored = new ArrayList<>();
        try {
            long used = 0;
            while (files.next()) {
                if (stored.size() >= plan.rules().maxFiles()) {
                    throw new UserFacingException("submission.error.tooManyFiles", plan.rules().maxFiles());
                }
                StoredObject object = store(contestId, plan.packageId(), files.content(), files.name(), plan.rules(), used);
                String name;
                try {
                    name = checkStored(object);
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
        return state(member, pkg);
    }

    private void announceFinal(SubmissionPackage pkg, SubmissionVersion version) {
        events.publishEvent(new FinalVersionChanged(pkg.getContestId(), pkg.getTeamId(), pkg.getId(), version.getId(),
                version.getTrackId(), version.input().titleEn(), version.input().titleZh()));
    }

    /** A version with files and receipt, for its team's members and the contest's organisers. */
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

    // ----- rules ------------------------------------------------------------------------------------------------

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
        PackageInput input = validate(request.description(pkg.input()), member.contest());
        return createVersion(member, pkg, input, stored, deadlines.assess(startedAt, now), deadlines, requestKey, now);
    }

    /** The checks every submit shares, then the version, its signed receipt and the receipt mails. */
    private VersionDetail createVersion(Participation.Member member, SubmissionPackage pkg, PackageInput input,
                                        List<FileFacts> files, DeadlineRules.Timing timing, DeadlineRules deadlines,
                                        String requestKey, Instant now) {
        AppPrincipal caller = CurrentUser.require();
        DeadlineMessages.requireAccepted(timing, deadlines, member.contest().zone());
        SubmissionRules rules = participation.rules(pkg.getContestId());
        requireComplete(input, files, rules);
        QuotaRule.check(rules, versions.submittedAtByPackage(pkg.getId()), now, member.contest().zone());
        SubmissionVersion version = versions.saveAndFlush(new SubmissionVersion(pkg, input, versions.lastNumber(pkg.getId()) + 1,
                now, caller.userId(), timing == DeadlineRules.Timing.LATE_ACCEPTED, requestKey, files));
        pkg.recordVersion(version, member.team().teamName(), now);
        if (version.getId().equals(pkg.getFinalVersionId())) {
            announceFinal(pkg, version);
        }
        Receipt receipt = dtos.signReceipt(version, pkg, member.contest().slug(), member.contest().zone(), caller.zone());
        mailReceipt(member, version, receipt);
        metrics.versionSubmitted(member.contest().slug());
        return dtos.detail(version, pkg, caller.locale());
    }

    /** Streams one file in; the limit is what is left of the package within the per-file limit. */
    private StoredObject store(long contestId, long packageId, InputStream content, String fileName,
                               SubmissionRules rules, long used) {
        long limit = Math.min(rules.maxFileBytes(), rules.maxPackageBytes() - used);
        if (limit <= 0) {
            throw new UserFacingException("submission.error.packageTooLarge", new FileSize(rules.maxPackageBytes()));
        }
        try {
            return storage.put(objects.prefix(contestId, packageId), content, fileName,
                    UploadRules.ofTypes(limit, rules.allowedTypes()));
        } catch (ObjectTooLargeException tooLarge) {
            throw limit < rules.maxFileBytes()
                    ? new UserFacingException("submission.error.packageTooLarge", new FileSize(rules.maxPackageBytes()))
                    : new UserFacingException("submission.error.fileTooLarge", new FileSize(rules.maxFileBytes()));
        } catch (UploadRefusedException refused) {
            throw refused.orForRefusedType(() -> new UserFacingException("submission.error.typeNotAllowed",
                    FileNameRule.displayName(refused.fileName()), FileTypeNames.of(refused.mediaType())));
        }
    }

    /** The listed name of a stored file (its type was checked on its first bytes), once it is known not to be empty. */
    private static String checkStored(StoredObject stored) {
        String name = FileNameRule.displayName(stored.originalName());
        if (stored.size() == 0) {
            throw new UserFacingException("submission.error.emptyFile", name);
        }
        return name;
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

    private UploadPlan planUpload(long contestId, Instant startedAt) {
        Participation.Member member = participation.submitter(contestId);
        requireOnTime(member, startedAt, clock.instant());
        SubmissionRules rules = participation.rules(contestId);
        SubmissionPackage pkg = packageFor(member);
        List<DraftFile> files = draftFiles.findByPackageIdOrderByUploadedAtAscIdAsc(pkg.getId());
        if (files.size() >= rules.maxFiles()) {
            throw new UserFacingException("submission.error.tooManyFiles", rules.maxFiles());
        }
        return new UploadPlan(pkg.getId(), rules, files.stream().mapToLong(d -> d.file().getSize()).sum());
    }

    private SubmittedFile recordUpload(long contestId, long packageId, StoredObject stored, Instant startedAt) {
        Participation.Member member = participation.submitter(contestId);
        SubmissionRules rules = participation.rules(contestId);
        String name = checkStored(stored);
        Instant now = clock.instant();
        requireOnTime(member, startedAt, now);
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

    private void requireOnTime(Participation.Member member, Instant began, Instant now) {
        DeadlineRules deadlines = participation.deadlines(member.contest(), member.team().teamId());
        DeadlineMessages.requireAccepted(deadlines.assess(began, now), deadlines, member.contest().zone());
    }

    /** The team's package, created on first use; a concurrent first use by a teammate is tolerated. */
    private SubmissionPackage packageFor(Participation.Member member) {
        long contestId = member.contest().id();
        return packages.findByContestIdAndTeamId(contestId, member.team().teamId())
                .orElseGet(() -> packages.saveAndFlush(newPackage(member, clock.instant())));
    }

    private SubmissionPackage newPackage(Participation.Member member, Instant now) {
        return new SubmissionPackage(member.contest().id(), member.team().teamId(), member.team().teamName(),
                member.team().trackId(), now);
    }

    private static void requireComplete(PackageInput input, List<FileFacts> files, SubmissionRules rules) {
        if (isBlank(input.titleEn()) && isBlank(input.titleZh())) {
            throw new UserFacingException("submission.error.titleRequired");
        }
        if (files.isEmpty()) {
            throw new UserFacingException("submission.error.noFiles");
        }
        if (files.size() > rules.maxFiles()) {
            throw new UserFacingException("submission.error.tooManyFiles", rules.maxFiles());
        }
        if (files.stream().anyMatch(file -> file.getSize() > rules.maxFileBytes())) {
            throw new UserFacingException("submission.error.fileTooLarge", new FileSize(rules.maxFileBytes()));
        }
        if (files.stream().mapToLong(FileFacts::getSize).sum() > rules.maxPackageBytes()) {
            throw new UserFacingException("submission.error.packageTooLarge", new FileSize(rules.maxPackageBytes()));
        }
        if (files.stream().anyMatch(file -> !rules.allowedTypes().contains(file.getMediaType()))) {
            throw new UserFacingException("submission.error.typeNoLongerAllowed");
        }
    }

    private static PackageInput validate(PackageInput input, ContestPage contest) {
        if (input.trackId() != null && contest.tracks().stream().noneMatch(track -> track.id() == input.trackId())) {
            throw new UserFacingException("submission.error.track");
        }
        return new PackageInput(input.trackId(),
                text(input.titleEn(), 200, "submission.field.titleEn"), text(input.titleZh(), 200, "submission.field.titleZh"),
                text(input.abstractEn(), 5000, "submission.field.abstractEn"),
                text(input.abstractZh(), 5000, "submission.field.abstractZh"),
                text(input.datasets(), 2000, "submission.field.datasets"),
                link(input.demoLink(), "submission.field.demoLink"),
                link(input.repositoryLink(), "submission.field.repositoryLink"),
                link(input.videoLink(), "submission.field.videoLink"));
    }

    private static String text(String value, int max, String field) {
        if (isBlank(value)) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new UserFacingException("submission.error.tooLong", new DefaultMessageSourceResolvable(field), max);
        }
        return clean;
    }

    private static String link(String value, String field) {
        if (isBlank(value)) {
            return null;
        }
        String clean = value.strip();
        if (!LINK.matcher(clean).matches()) {
            throw new UserFacingException("submission.error.link", new DefaultMessageSourceResolvable(field));
        }
        return clean;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private PackageState state(Participation.Member member, SubmissionPackage pkg) {
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
                pkg == null ? new PackageInput(member.team().trackId(), null, null, null, null, null, null, null, null)
                        : pkg.input(),
                files, list, rules, deadlines.opens(), deadlines.deadline(), deadlines.deadline().isAfter(phaseClose),
                deadlines.assess(now, now) == DeadlineRules.Timing.LATE_REFUSED, rules.grace(), UUID.randomUUID().toString());
    }

    private void mailReceipt(Participation.Member member, SubmissionVersion version, Receipt receipt) {
        String document = receipt.document();
        for (TeamMember recipient : teams.members(member.team().teamId())) {
            events.publishEvent(new MailRequested(recipient.email(), recipient.locale(), "submission.receipt", Map.of(
                    "name", recipient.displayName(),
                    "team", member.team().teamName(),
                    "contest", member.contest().title().in(recipient.locale()),
                    "version", Integer.toString(version.getNumber()),
                    "submittedAt", String.join(" / ", ZoneDisplay.format(version.getSubmittedAt(),
                            member.contest().zone(), member.contest().zone(), recipient.locale())),
                    "link", baseUrl + "/receipts/" + version.getId(),
                    "verifyLink", baseUrl + "/verify",
                    "receipt", document.length() <= MAX_INLINE_RECEIPT ? document : "")));
        }
    }

    /** @param used bytes the package holds already */
    private record UploadPlan(long packageId, SubmissionRules rules, long used) {
    }
}
