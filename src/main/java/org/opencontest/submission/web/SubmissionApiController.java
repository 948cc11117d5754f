package org.opencontest.submission.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.opencontest.contest.ContestSummary;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.dataset.ContestDatasetChoices;
import org.opencontest.dataset.DatasetChoice;
import org.opencontest.dataset.DatasetLinks;
import org.opencontest.shared.api.ApiController;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.ApiScopes;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.opencontest.storage.UploadRefusedException;
import org.opencontest.submission.PackageInput;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.submission.internal.SubmissionReading;
import org.opencontest.submission.internal.UploadedFiles;
import org.opencontest.submission.VersionDetail;
import org.opencontest.submission.VersionSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The submission API under {@code /api/v1} (token-authenticated, see docs/api.md): the caller's contests, a
 * contest's submissions and creating a submission with files. The upload is read as a stream
 * (commons-fileupload2's streaming API; Spring's multipart support is off), each file going straight into the
 * object store through {@link PackageSubmission#submitFiles}, under the same rules as the web page and with the same
 * signed receipt.
 */
@ApiController
@Tag(name = "Submissions")
class SubmissionApiController {

    private static final int MAX_FIELD_CHARS = 10_000;
    private static final int MAX_LIST = 500;
    private static final List<String> FIELDS = List.of("trackId", "titleEn", "titleZh", "abstractEn", "abstractZh",
            "datasets", "otherData", "demoLink", "repositoryLink", "videoLink");

    private final SubmissionReading submissions;
    private final PackageSubmission submitting;
    private final SubmissionAdministration administration;
    private final Clock clock;
    private final ContestDatasetChoices datasetChoices;
    private final DatasetLinks datasetLinks;

    SubmissionApiController(SubmissionReading submissions, PackageSubmission submitting,
                            SubmissionAdministration administration, Clock clock,
                            ContestDatasetChoices datasetChoices, DatasetLinks datasetLinks) {
        this.submissions = submissions;
        this.submitting = submitting;
        this.administration = administration;
        this.clock = clock;
        this.datasetChoices = datasetChoices;
        this.datasetLinks = datasetLinks;
    }

    @GetMapping("/api/v1/contests")
    @PreAuthorize(ApiScopes.CONTESTS_READ)
    @Operation(summary = "The caller's contests",
            description = "Contests in which the caller is in a team (role PARTICIPANT) and, for organisers, the contests "
                    + "they manage (role ORGANISER), with the submission phase.")
    List<ApiContest> contests() {
        List<ApiContest> mine = new java.util.ArrayList<>(submissions.myContests().stream()
                .map(contest -> ApiContest.of(contest, "PARTICIPANT")).toList());
        if (CurrentUser.hasRole(Role.ORGANISER) || CurrentUser.isAdmin()) {
            administration.contests().stream().map(contest -> ApiContest.of(contest, "ORGANISER")).forEach(mine::add);
        }
        return mine;
    }

    @GetMapping("/api/v1/contests/{slug}/submissions")
    @PreAuthorize(ApiScopes.SUBMISSIONS_READ)
    @Operation(summary = "Submitted versions of a contest",
            description = "A member sees the own team's versions; the contest's organisers see every team's.")
    List<ApiVersion> list(@PathVariable String slug,
                          @RequestParam(defaultValue = "0") int offset,
                          @RequestParam(defaultValue = "100") int limit) {
        long contestId = submissions.contestId(slug);
        return submissions.versions(contestId, Math.max(offset, 0), Math.min(Math.max(limit, 1), MAX_LIST)).stream()
                .map(ApiVersion::of).toList();
    }

    @GetMapping("/api/v1/submissions/{versionId}")
    @PreAuthorize(ApiScopes.SUBMISSIONS_READ)
    @Operation(summary = "One submitted version with its files and signed receipt")
    ApiSubmission version(@PathVariable long versionId) {
        return submission(submissions.version(versionId));
    }

    @PostMapping(path = "/api/v1/contests/{slug}/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(ApiScopes.SUBMISSIONS_WRITE)
    @Operation(summary = "Submit a solution with files",
            description = "A multipart/form-data body: the description fields first (optional; left-out fields keep the "
                    + "team's draft), then one part per file (any part name, e.g. \"files\"). The files are streamed into "
                    + "the object store as they arrive and submitted as the team's next version; the team's draft in "
                    + "the web page is not changed. Same rules as the web page (sniffed types, sizes, file count, quotas, "
                    + "deadline with grace period and late policy). Repeating a request with the same Idempotency-Key "
                    + "returns the version it created (200) instead of a second one (201).",
            requestBody = @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = SubmissionForm.class),
                    encoding = @Encoding(name = "files", contentType = "application/octet-stream"))),
            responses = @ApiResponse(responseCode = "201", description = "Submitted; the body carries the receipt"))
    ResponseEntity<ApiSubmission> submit(@PathVariable String slug,
                                         @Parameter(description = "Any 8 to 100 letters, digits, '-' or '_'; repeat it "
                                                 + "to retry safely")
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                         HttpServletRequest request) throws IOException {
        Instant startedAt = clock.instant();
        long contestId = submissions.contestId(slug);
        if (!JakartaServletFileUpload.isMultipartContent(request)) {
            throw new UserFacingException("submission.api.error.multipart");
        }
        String requestKey = key == null || key.isBlank() ? UUID.randomUUID().toString() : key.strip();
        JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        StreamedRequest files;
        try {
            files = new StreamedRequest(upload.getItemIterator(request), datasetChoices.choicesFor(contestId).stream()
                    .collect(Collectors.toMap(DatasetChoice::slug, DatasetChoice::id)));
        } catch (FileUploadException unreadable) {
            throw new UserFacingException("submission.api.error.multipart");
        }
        VersionDetail created = submitting.submitFiles(contestId, requestKey, startedAt, files);
        boolean repeated = created.summary().submittedAt().isBefore(startedAt.truncatedTo(ChronoUnit.MICROS));
        return ResponseEntity.status(repeated ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/submissions/" + created.summary().id()))
                .body(submission(created));
    }

    /** The version as JSON, its declared datasets named by their slugs. */
    private ApiSubmission submission(VersionDetail detail) {
        List<String> slugs = datasetLinks.linksTo(detail.input().datasetIds()).stream().map(DatasetChoice::slug).toList();
        return ApiSubmission.of(detail, slugs);
    }

    /**
     * The multipart body as {@link UploadedFiles}: form fields are collected on the way, files handed on. A body the
     * parser cannot read (cut before its closing boundary, malformed headers) and a file name with a NUL byte are the
     * client's mistakes: they become translated refusals (400), not server errors.
     */
    private static final class StreamedRequest implements UploadedFiles {

        private final FileItemInputIterator items;
        private final Map<String, String> fields = new HashMap<>();
        private final Map<String, Long> contestDatasets;
        private FileItemInput current;

        /** @param contestDatasets the contest's datasets by slug: the names the {@code datasets} field may use */
        StreamedRequest(FileItemInputIterator items, Map<String, Long> contestDatasets) {
            this.items = items;
            this.contestDatasets = contestDatasets;
        }

        @Override
        public boolean next() throws IOException {
            try {
                while (items.hasNext()) {
                    FileItemInput item = items.next();
                    if (!item.isFormField()) {
                        current = item;
                        return true;
                    }
                    collect(item);
                }
                return false;
            } catch (FileUploadException unreadable) {
                throw malformed();
            }
        }

        @Override
        public String name() {
            try {
                return current.getName();
            } catch (InvalidPathException nulInName) {
                throw new UploadRefusedException(UploadRefusedException.Reason.UNSAFE_NAME, "", null);
            }
        }

        @Override
        public InputStream content() throws IOException {
            return new FilePart(current.getInputStream());
        }

        @Override
        public PackageInput description(PackageInput draft) {
            Long trackId = draft.trackId();
            if (fields.containsKey("trackId")) {
                try {
                    trackId = fields.get("trackId").isBlank() ? null : Long.valueOf(fields.get("trackId").strip());
                } catch (NumberFormatException e) {
                    throw new UserFacingException("submission.error.track");
                }
            }
            return new PackageInput(trackId, field("titleEn", draft.titleEn()), field("titleZh", draft.titleZh()),
                    field("abstractEn", draft.abstractEn()), field("abstractZh", draft.abstractZh()),
                    fields.containsKey("datasets") ? datasetIds(fields.get("datasets")) : draft.datasetIds(),
                    field("otherData", draft.otherData()), field("demoLink", draft.demoLink()),
                    field("repositoryLink", draft.repositoryLink()), field("videoLink", draft.videoLink()));
        }

        /** Slugs separated by commas or blanks; one that names no dataset of the contest is refused. */
        private List<Long> datasetIds(String slugs) {
            return Arrays.stream(slugs.split("[,\\s]+")).filter(slug -> !slug.isEmpty()).map(slug -> {
                Long id = contestDatasets.get(slug);
                if (id == null) {
                    throw new UserFacingException("submission.error.dataset");
                }
                return id;
            }).toList();
        }

        private void collect(FileItemInput item) throws IOException {
            try (InputStream in = item.getInputStream()) {
                String value = new String(in.readNBytes(MAX_FIELD_CHARS * 4 + 1), StandardCharsets.UTF_8);
                if (!FIELDS.contains(item.getFieldName()) || value.length() > MAX_FIELD_CHARS) {
                    throw new UserFacingException("submission.api.error.field", item.getFieldName());
                }
                fields.put(item.getFieldName(), value);
            }
        }

        private String field(String name, String fallback) {
            return fields.getOrDefault(name, fallback);
        }

        private static UserFacingException malformed() {
            return new UserFacingException("submission.api.error.malformed");
        }
    }

    /** A file's bytes; the parser's complaint about the body (it ended before the boundary) becomes a refusal. */
    private static final class FilePart extends FilterInputStream {

        FilePart(InputStream part) {
            super(part);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (FileUploadException unreadable) {
                throw StreamedRequest.malformed();
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (FileUploadException unreadable) {
                throw StreamedRequest.malformed();
            }
        }
    }

    /** The form as OpenAPI shows it. */
    @Schema(name = "SubmissionForm")
    record SubmissionForm(Long trackId, String titleEn, String titleZh, String abstractEn, String abstractZh,
                          @Schema(description = "Slugs of the contest's datasets used, separated by commas or blanks")
                          String datasets,
                          @Schema(description = "Other data used that is not one of the contest's datasets")
                          String otherData, String demoLink, String repositoryLink, String videoLink,
                          @Schema(type = "array", format = "binary") List<String> files) {
    }

    record ApiContest(long id, String slug, Title title, String role, String zone, Instant submissionOpens,
                      Instant submissionCloses) {

        static ApiContest of(ContestSummary contest, String role) {
            PhaseWindow phase = contest.timeline().phase(PhaseKind.SUBMISSION).orElse(null);
            return new ApiContest(contest.id(), contest.slug(), new Title(contest.title().en(), contest.title().zh()),
                    role, contest.zone().getId(),
                    phase == null ? null : phase.opens(), phase == null ? null : phase.closes());
        }
    }

    record Title(String en, String zh) {
    }

    record ApiVersion(long versionId, long submissionId, long teamId, String team, Long trackId, int version,
                      String title, Instant submittedAt, boolean late, boolean finalVersion, int fileCount,
                      long totalBytes, String originTeam) {

        static ApiVersion of(VersionSummary v) {
            return new ApiVersion(v.id(), v.submissionId(), v.teamId(), v.teamName(), v.trackId(), v.number(),
                    v.title().in(CurrentUser.require().locale()),
                    v.submittedAt(), v.late(), v.finalVersion(), v.fileCount(), v.totalBytes(), v.originTeam());
        }
    }

    record ApiFile(long id, String name, long size, String sha256, String mediaType) {
    }

    /** A version with its files and the signed receipt document (keep it; /verify checks it). */
    record ApiSubmission(ApiVersion version, ApiDescription description, List<ApiFile> files, String receipt) {

        static ApiSubmission of(VersionDetail detail, List<String> datasetSlugs) {
            return new ApiSubmission(ApiVersion.of(detail.summary()), ApiDescription.of(detail.input(), datasetSlugs),
                    detail.files().stream()
                    .map(f -> new ApiFile(f.id(), f.name(), f.size(), f.sha256(), f.mediaType())).toList(),
                    detail.receipt().document());
        }
    }

    /** The version's description; {@code datasets} are the slugs of the contest's datasets it declared. */
    record ApiDescription(Long trackId, String titleEn, String titleZh, String abstractEn, String abstractZh,
                          List<String> datasets, String otherData, String demoLink, String repositoryLink,
                          String videoLink) {

        static ApiDescription of(PackageInput input, List<String> datasetSlugs) {
            return new ApiDescription(input.trackId(), input.titleEn(), input.titleZh(), input.abstractEn(),
                    input.abstractZh(), datasetSlugs, input.otherData(), input.demoLink(), input.repositoryLink(),
                    input.videoLink());
        }
    }
}
