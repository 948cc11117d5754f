package org.opencontest.submission.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestSummary;
import org.opencontest.shared.csv.SpreadsheetCsv;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.persistence.OffsetPageRequest;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.text.FileNames;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.submission.ContestSubmissions;
import org.opencontest.submission.FinalVersion;
import org.opencontest.submission.SubmissionFilter;
import org.opencontest.submission.VersionSummary;
import org.opencontest.team.TeamDetail;
import org.opencontest.team.TeamQuery;
import org.opencontest.team.TeamRoster;
import org.opencontest.team.TeamRow;
import org.opencontest.team.TeamStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submissions as organisers see them: the phase's rules, extensions for single teams, the overview with filters,
 * and the exports. Every method checks that the caller manages the contest ({@link ContestService#canManage});
 * otherwise the contest is "not found".
 */
@Service
public class SubmissionAdministration implements ContestSubmissions {

    private static final int EXPORT_BATCH = 200;
    private static final int MAX_CONTESTS = 500;
    private static final int MAX_REASON = 1000;

    private final ContestService contests;
    private final Participation participation;
    private final StageRepository stages;
    private final ExtensionRepository extensions;
    private final TeamRoster teamRoster;
    private final PackageRepository packages;
    private final VersionRepository versions;
    private final SubmissionDtos dtos;
    private final ObjectStorage storage;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    SubmissionAdministration(ContestService contests, Participation participation, StageRepository stages,
                             ExtensionRepository extensions, TeamRoster teamRoster,
                             PackageRepository packages, VersionRepository versions,
                             SubmissionDtos dtos, ObjectStorage storage, AuditLog audit, Clock clock,
                             PlatformTransactionManager transactions) {
        this.contests = contests;
        this.participation = participation;
        this.stages = stages;
        this.extensions = extensions;
        this.teamRoster = teamRoster;
        this.packages = packages;
        this.versions = versions;
        this.dtos = dtos;
        this.storage = storage;
        this.audit = audit;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The contests whose submissions the caller manages, most recently changed first. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public List<ContestSummary> contests() {
        return contests.myContests(PageRequest.of(0, MAX_CONTESTS));
    }

    /** A managed contest's facts (zone, tracks, timeline) for the overview. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public ContestPage contest(long contestId) {
        requireManaged(contestId);
        return contests.page(contestId);
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public SubmissionRules rules(long contestId) {
        requireManaged(contestId);
        return participation.rules(contestId);
    }

    /** Saves the rules of the stage running now ({@link Participation#rules}), quoting the version they were loaded at. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public SubmissionRules saveRules(long contestId, SubmissionRules changed) {
        requireManaged(contestId);
        changed.validate();
        int stage = participation.currentStage(contests.page(contestId)).number();
        SubmissionStage stored = stages.findByContestIdAndPosition(contestId, stage)
                .orElseGet(() -> new SubmissionStage(contestId, stage));
        if (stored.getVersion() != changed.version()) {
            throw new UserFacingException("error.concurrentEdit");
        }
        stored.apply(changed);
        SubmissionRules saved = stages.saveAndFlush(stored).toRules();
        audit.record("submission.rules.changed", "contest:" + contestId, saved.toString());
        return saved;
    }

    /** The extensions granted in the contest, latest first. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ExtensionView> extensions(long contestId) {
        requireManaged(contestId);
        Map<Long, String> names = packageTeamNames(contestId);
        // a team without a package (it has not uploaded anything yet) is named by the team module, one at a time:
        // such extensions are the rare exception, so this stays a handful of lookups
        return extensions.findByContestIdOrderByGrantedAtDesc(contestId).stream()
                .map(e -> new ExtensionView(e.getTeamId(), names.computeIfAbsent(e.getTeamId(),
                        id -> teamRoster.detail(id).name()), e.getUntil(), e.getReason(), e.getGrantedAt()))
                .toList();
    }

    /** Teams of the contest that have a submission package, by id: names for organisers' pages and mailings. */
    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<Long, String> teamNames(long contestId) {
        requireManaged(contestId);
        return packageTeamNames(contestId);
    }

    /** Approved teams of the contest whose name (or a member's) contains {@code filter}, by name: whom to extend. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<TeamRow> approvedTeams(long contestId, String filter, int offset, int limit) {
        requireManaged(contestId);
        return teamRoster.find(contestId, approved(filter),
                new OffsetPageRequest(offset, Math.max(limit, 1), Sort.by("name")));
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long countApprovedTeams(long contestId, String filter) {
        requireManaged(contestId);
        return teamRoster.count(contestId, approved(filter));
    }

    /**
     * Gives one approved team a later deadline (replacing an earlier extension), whether or not it has uploaded
     * anything yet. The reason is required and goes into the audit trail with the new deadline.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ExtensionView grantExtension(long contestId, long teamId, Instant until, String reason) {
        requireManaged(contestId);
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("submission.extension.error.reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new UserFacingException("submission.extension.error.reasonTooLong", MAX_REASON);
        }
        TeamDetail team = teamRoster.detail(teamId);
        if (team.contestId() != contestId) {
            throw new NotFoundException();
        }
        if (team.status() != TeamStatus.APPROVED) {
            throw new UserFacingException("submission.extension.error.notApproved", team.name());
        }
        Instant now = clock.instant();
        if (until == null || !until.isAfter(now)) {
            throw new UserFacingException("submission.extension.error.past");
        }
        Extension extension = extensions.findByContestIdAndTeamId(contestId, teamId)
                .orElseGet(() -> new Extension(contestId, teamId));
        extension.grant(until, reason.strip(), CurrentUser.requireId(), now);
        extensions.saveAndFlush(extension);
        audit.record("submission.extension.granted", "contest:" + contestId + "/team:" + teamId,
                "until " + until + ": " + reason.strip());
        return new ExtensionView(teamId, team.name(), until, extension.getReason(), now);
    }

    /** One page of the overview, newest versions of each team first. */
    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<VersionSummary> overview(long contestId, SubmissionFilter filter, int offset, int limit) {
        requireManaged(contestId);
        List<SubmissionVersion> page = versions.search(contestId, filter.trackId(), filter.late(), filter.finalOnly(),
                filter.minVersions(), filter.stage(), OffsetPageRequest.of(offset, Math.max(limit, 1)));
        return dtos.summaries(page, CurrentUser.require().locale());
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long count(long contestId, SubmissionFilter filter) {
        requireManaged(contestId);
        return versions.count(contestId, filter.trackId(), filter.late(), filter.finalOnly(), filter.minVersions(),
                filter.stage());
    }

    /** Every team's final version with its description, by version id (judging takes them into its first round). */
    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<FinalVersion> finalVersions(long contestId) {
        requireManaged(contestId);
        List<SubmissionVersion> finals = versions.findAllById(packages.findWithFinalVersion(contestId).stream()
                .map(SubmissionPackage::getFinalVersionId).toList()).stream()
                .sorted(Comparator.comparing(SubmissionVersion::getId)).toList();
        return dtos.withInputs(finals, CurrentUser.require().locale());
    }

    /**
     * Writes a ZIP of every team's final version to {@code out}: one folder per team and version with its files,
     * plus {@code submissions.csv}. Bytes are copied object by object through a small buffer, so memory stays
     * constant whatever the size; the database is read in short transactions between objects.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public void exportFinalZip(long contestId, OutputStream out) {
        List<Long> finalIds = readOnly.execute(status -> {
            requireManaged(contestId);
            return packages.findWithFinalVersion(contestId).stream().map(SubmissionPackage::getFinalVersionId).toList();
        });
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            Set<String> folders = new HashSet<>();
            for (List<Long> batch : batches(finalIds)) {
                for (ExportedVersion version : load(batch)) {
                    String folder = FileNames.unique(folders, FileNames.safeSegment(version.pkg().getTeamName(), "_")
                            + "-v" + version.version().getNumber()) + "/";
                    for (VersionFile file : version.version().getFiles()) {
                        zip.putNextEntry(new ZipEntry(folder + FileNames.safeSegment(file.file().getName(), "_")));
                        try (InputStream content = storage.get(file.file().getObjectKey())) {
                            content.transferTo(zip);
                        }
                        zip.closeEntry();
                    }
                }
            }
            zip.putNextEntry(new ZipEntry("submissions.csv"));
            writeCsv(contestId, finalIds, zip);
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the export failed (the browser may have cancelled it)", e);
        }
    }

    /** Metadata and checksums of every version of the contest, one row per file, as CSV (UTF-8 with BOM). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public void exportCsv(long contestId, OutputStream out) {
        List<Long> ids = readOnly.execute(status -> {
            requireManaged(contestId);
            return versions.idsByContest(contestId);
        });
        try {
            writeCsv(contestId, ids, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the CSV failed", e);
        }
    }

    private void writeCsv(long contestId, List<Long> versionIds, OutputStream out) throws IOException {
        SpreadsheetCsv csv = SpreadsheetCsv.to(out, "contest_id", "submission_id", "team_id", "team", "track_id",
                "version_id", "version", "final", "late", "stage", "submitted_at_utc", "title_en", "title_zh", "file_position",
                "file_name", "size_bytes", "sha256", "media_type");
        for (List<Long> batch : batches(versionIds)) {
            for (ExportedVersion exported : load(batch)) {
                SubmissionVersion v = exported.version();
                SubmissionPackage p = exported.pkg();
                for (VersionFile file : v.getFiles()) {
                    csv.row(contestId, p.getId(), p.getTeamId(), p.getTeamName(), v.getTrackId(), v.getId(),
                            v.getNumber(), v.getId().equals(p.getFinalVersionId()), v.isLate(), v.getStage(),
                            v.getSubmittedAt(),
                            v.getTitle().en(), v.getTitle().zh(), file.getPosition(), file.file().getName(),
                            file.file().getSize(), file.file().getSha256(), file.file().getMediaType());
                }
            }
        }
        csv.flush();
    }

    private List<ExportedVersion> load(List<Long> versionIds) {
        return readOnly.execute(status -> {
            List<SubmissionVersion> loaded = versions.findAllById(versionIds);
            Map<Long, SubmissionPackage> byId = packagesOf(loaded);
            loaded.forEach(v -> v.getFiles().size());
            return loaded.stream().sorted(Comparator.comparing(SubmissionVersion::getId))
                    .map(v -> new ExportedVersion(v, byId.get(v.getPackageId()))).toList();
        });
    }

    private Map<Long, SubmissionPackage> packagesOf(List<SubmissionVersion> page) {
        return packages.findAllById(page.stream().map(SubmissionVersion::getPackageId).distinct().toList()).stream()
                .collect(Collectors.toMap(SubmissionPackage::getId, Function.identity()));
    }

    private static List<List<Long>> batches(List<Long> ids) {
        List<List<Long>> batches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += EXPORT_BATCH) {
            batches.add(ids.subList(i, Math.min(ids.size(), i + EXPORT_BATCH)));
        }
        return batches;
    }

    /** Teams of the contest that have a package: id to name. */
    private Map<Long, String> packageTeamNames(long contestId) {
        return packages.findByContestIdOrderByTeamName(contestId).stream()
                .collect(Collectors.toMap(SubmissionPackage::getTeamId, SubmissionPackage::getTeamName, (a, b) -> a,
                        HashMap::new));
    }

    private static TeamQuery approved(String filter) {
        return new TeamQuery(filter == null || filter.isBlank() ? null : filter.strip(), TeamStatus.APPROVED, null,
                null, null, null);
    }

    private void requireManaged(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
    }

    private record ExportedVersion(SubmissionVersion version, SubmissionPackage pkg) {
    }
}
