package org.opencontest.submission;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import org.opencontest.shared.error.NotFoundException;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.submission.internal.PackageRepository;
import org.opencontest.submission.internal.SealedFileName;
import org.opencontest.submission.internal.SubmissionReading;
import org.opencontest.submission.internal.SubmissionVersion;
import org.opencontest.submission.internal.VersionFile;
import org.opencontest.submission.internal.VersionRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitted versions as reviewers read them: only whom a {@link SubmissionReadGrants} bean admits (an assigned
 * judge), and only what {@link EntryForReview} carries. A sealed reviewer learns nothing that names the team: no
 * name, and files listed and downloaded ({@code Content-Disposition}) as "file-1.pdf". The team's own pages and API
 * ({@link SubmissionReading#version}) stay closed to reviewers. Anyone else, and any other id, is "not found".
 */
@Service
public class SubmissionReviews {

    private static final Duration LINK_EXPIRY = Duration.ofMinutes(10);

    private final VersionRepository versions;
    private final PackageRepository packages;
    private final ObjectStorage storage;
    private final ObjectProvider<SubmissionReadGrants> grants;

    SubmissionReviews(VersionRepository versions, PackageRepository packages, ObjectStorage storage,
            ObjectProvider<SubmissionReadGrants> grants) {
        this.versions = versions;
        this.packages = packages;
        this.storage = storage;
        this.grants = grants;
    }

    /** The version's description and files, sealed or open as the caller's grant says. */
    @PermitAll
    @Transactional(readOnly = true)
    public EntryForReview entry(long versionId) {
        SubmissionVersion version = versions.findById(versionId).orElseThrow(NotFoundException::new);
        ReviewAccess access = access(version);
        String teamName = access == ReviewAccess.OPEN
                ? packages.findById(version.getPackageId()).orElseThrow().getTeamName() : null;
        List<EntryForReview.File> files = new ArrayList<>();
        for (VersionFile file : version.getFiles()) {
            files.add(new EntryForReview.File(file.getId(), name(access, version, file), file.file().getSize(),
                    file.file().getMediaType()));
        }
        return new EntryForReview(versionId, version.input(), teamName, files);
    }

    /** A short-lived link to one file, downloaded under the name {@link #entry} lists it by. */
    @PermitAll
    @Transactional(readOnly = true)
    public URI fileLink(long versionId, long fileId) {
        SubmissionVersion version = versions.findById(versionId).orElseThrow(NotFoundException::new);
        ReviewAccess access = access(version);
        VersionFile file = version.getFiles().stream().filter(f -> f.getId() == fileId).findFirst()
                .orElseThrow(NotFoundException::new);
        return storage.presignedGet(file.file().getObjectKey(), LINK_EXPIRY, name(access, version, file));
    }

    private ReviewAccess access(SubmissionVersion version) {
        ReviewAccess access = grants.stream().map(grant -> grant.access(version.getContestId(), version.getId()))
                .reduce(ReviewAccess.NONE, ReviewAccess::or);
        if (access == ReviewAccess.NONE) {
            throw new NotFoundException();
        }
        return access;
    }

    private static String name(ReviewAccess access, SubmissionVersion version, VersionFile file) {
        return access == ReviewAccess.OPEN ? file.file().getName()
                : SealedFileName.of(version.getFiles().indexOf(file) + 1, file.file().getName(),
                file.file().getMediaType());
    }
}
