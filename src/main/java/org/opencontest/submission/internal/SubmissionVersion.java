package org.opencontest.submission.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.BaseEntity;
import org.opencontest.submission.PackageInput;

/**
 * One submitted version: an immutable copy of the draft's metadata and file list at submit time, with the signed
 * receipt text. Nothing here is ever updated (every column is {@code updatable = false}) except by a team merge,
 * which moves the version to the surviving team's package and notes the team it came from; its number, like
 * everything its receipt says, stays as issued.
 */
@Entity
@Table(name = "submission_version")
public class SubmissionVersion extends BaseEntity {

    @Column(name = "package_id", nullable = false, updatable = false)
    private long packageId;
    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;
    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;
    @Column(name = "track_id", updatable = false)
    private Long trackId;
    /** The package the version was submitted to; its number is unique there and stays when a merge moves it. */
    @Column(name = "origin_package_id", nullable = false, updatable = false)
    private long originPackageId;
    /** The team name of the receipt, set when a merge moves the version to another team; null before that. */
    @Column(name = "origin_team_name", updatable = false)
    private String originTeamName;
    @Column(nullable = false, updatable = false)
    private int number;
    /** The position of the stage the version was submitted in (1 in a contest with a single stage). */
    @Column(nullable = false, updatable = false)
    private int stage;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en", updatable = false)),
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh", updatable = false))})
    private LocalizedText title;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "abstract_en", updatable = false)),
            @AttributeOverride(name = "zh", column = @Column(name = "abstract_zh", updatable = false))})
    private LocalizedText summary;
    /**
     * The contest's datasets declared as used (ids of the dataset module), copied from the draft at submit time and
     * never changed afterwards (a collection table cannot be marked {@code updatable = false}; nothing writes it).
     */
    @ElementCollection
    @CollectionTable(name = "submission_version_dataset", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "dataset_id")
    @BatchSize(size = 100)
    private Set<Long> datasetIds = new HashSet<>();
    @Column(name = "other_data", updatable = false)
    private String otherData;
    @Column(name = "demo_link", updatable = false)
    private String demoLink;
    @Column(name = "repository_link", updatable = false)
    private String repositoryLink;
    @Column(name = "video_link", updatable = false)
    private String videoLink;
    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;
    @Column(name = "submitted_by", nullable = false, updatable = false)
    private long submittedBy;
    @Column(nullable = false, updatable = false)
    private boolean late;
    @Column(name = "file_count", nullable = false, updatable = false)
    private int fileCount;
    @Column(name = "total_bytes", nullable = false, updatable = false)
    private long totalBytes;
    @Column(name = "request_key", nullable = false, updatable = false)
    private String requestKey;
    /** Set once, right after the id is known (the receipt names the version id). */
    @Column(name = "receipt_text", nullable = false)
    private String receiptText;
    @Column(name = "receipt_signature", nullable = false)
    private String receiptSignature;

    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<VersionFile> files = new ArrayList<>();

    protected SubmissionVersion() {
    }

    public SubmissionVersion(SubmissionPackage pkg, PackageInput input, int number, int stage, Instant submittedAt,
                             long submittedBy, boolean late, String requestKey, List<FileFacts> submittedFiles) {
        this.stage = stage;
        this.packageId = pkg.getId();
        this.originPackageId = pkg.getId();
        this.contestId = pkg.getContestId();
        this.teamId = pkg.getTeamId();
        this.trackId = input.trackId();
        this.number = number;
        this.title = input.title();
        this.summary = input.summary();
        this.datasetIds.addAll(input.datasetIds());
        this.otherData = input.otherData();
        this.demoLink = input.demoLink();
        this.repositoryLink = input.repositoryLink();
        this.videoLink = input.videoLink();
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.late = late;
        this.requestKey = requestKey;
        for (FileFacts file : submittedFiles) {
            files.add(new VersionFile(files.size() + 1, file));
        }
        this.fileCount = files.size();
        this.totalBytes = files.stream().mapToLong(v -> v.file().getSize()).sum();
        // placeholders until the receipt, which needs the generated id, is signed in the same transaction
        this.receiptText = "";
        this.receiptSignature = "";
    }

    public int getStage() {
        return stage;
    }

    public void attachReceipt(String text, String signature) {
        if (!receiptText.isEmpty()) {
            throw new IllegalStateException("A version's receipt is signed once");
        }
        this.receiptText = text;
        this.receiptSignature = signature;
    }

    public PackageInput input() {
        return PackageInput.of(trackId, title, summary, datasetIds, otherData, demoLink, repositoryLink, videoLink);
    }

    public LocalizedText getTitle() {
        return LocalizedText.orEmpty(title);
    }

    public long getPackageId() {
        return packageId;
    }

    public long getContestId() {
        return contestId;
    }

    public long getTeamId() {
        return teamId;
    }

    public Long getTrackId() {
        return trackId;
    }

    public String getOriginTeamName() {
        return originTeamName;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isLate() {
        return late;
    }

    public int getFileCount() {
        return fileCount;
    }

    public long getTotalBytes() {
        return totalBytes;
    }

    public String getReceiptText() {
        return receiptText;
    }

    public String getReceiptSignature() {
        return receiptSignature;
    }

    public List<VersionFile> getFiles() {
        return files;
    }
}
