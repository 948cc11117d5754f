package org.opencontest.submission.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencontest.submission.VersionDetail;
import org.opencontest.submission.VersionSummary;
import org.springframework.stereotype.Component;

/** Maps the module's entities to its public records. */
@Component
public class SubmissionDtos {

    private final ReceiptKeys keys;
    private final PackageRepository packages;

    SubmissionDtos(ReceiptKeys keys, PackageRepository packages) {
        this.keys = keys;
        this.packages = packages;
    }

    /** Summaries of versions of any packages, loading those packages at once. */
    /** The versions (in their order) with their descriptions, as judging takes them into a round. */
    public List<org.opencontest.submission.FinalVersion> withInputs(List<SubmissionVersion> chosen, Locale locale) {
        List<VersionSummary> summaries = summaries(chosen, locale);
        List<org.opencontest.submission.FinalVersion> result = new java.util.ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            result.add(new org.opencontest.submission.FinalVersion(summaries.get(i), chosen.get(i).input()));
        }
        return result;
    }

    public List<VersionSummary> summaries(List<SubmissionVersion> page, Locale locale) {
        Map<Long, SubmissionPackage> byId = packages.findAllById(page.stream().map(SubmissionVersion::getPackageId)
                .distinct().toList()).stream().collect(Collectors.toMap(SubmissionPackage::getId, Function.identity()));
        return page.stream().map(v -> summary(v, byId.get(v.getPackageId()), locale)).toList();
    }

    public VersionSummary summary(SubmissionVersion version, SubmissionPackage pkg, Locale locale) {
        return new VersionSummary(version.getId(), pkg.getId(), version.getContestId(), version.getTeamId(),
                pkg.getTeamName(), version.getTrackId(), version.getNumber(), version.getTitle(),
                version.getSubmittedAt(), version.isLate(), version.getFileCount(), version.getTotalBytes(),
                version.getId().equals(pkg.getFinalVersionId()), pkg.getVersionCount(), version.getOriginTeamName(),
                version.getStage());
    }

    public VersionDetail detail(SubmissionVersion version, SubmissionPackage pkg, Locale locale) {
        List<SubmittedFile> files = version.getFiles().stream()
                .map(file -> new SubmittedFile(file.getId(), file.file().getName(), file.file().getSize(), file.file().getSha256(),
                        file.file().getMediaType(), version.getSubmittedAt()))
                .toList();
        return new VersionDetail(summary(version, pkg, locale), version.input(), files, receipt(version));
    }

    public SubmittedFile draftFile(DraftFile file) {
        return new SubmittedFile(file.getId(), file.file().getName(), file.file().getSize(), file.file().getSha256(), file.file().getMediaType(),
                file.getUploadedAt());
    }

    /** The stored receipt, parsed back from its signed text (which is the authority, not the other columns). */
    public Receipt receipt(SubmissionVersion version) {
        return ReceiptCodec.parse(version.getReceiptText() + "signature=" + version.getReceiptSignature());
    }

    /** Signs the receipt of a freshly saved version and stores it on the version. */
    public Receipt signReceipt(SubmissionVersion version, SubmissionPackage pkg, String contestSlug,
                               ZoneId contestZone, ZoneId submitterZone) {
        List<ReceiptFile> files = version.getFiles().stream()
                .map(file -> new ReceiptFile(file.file().getName(), file.file().getSize(), file.file().getSha256())).toList();
        ReceiptKeys.SigningKey key = keys.signingKey();
        Receipt receipt = ReceiptCodec.sign(new Receipt(pkg.getId(), version.getId(), version.getNumber(), contestSlug,
                pkg.getTeamName().strip(), version.getSubmittedAt(), contestZone, submitterZone, version.isLate(), files,
                null, null, null), key.privateKey(), key.id());
        version.attachReceipt(receipt.canonicalText(), receipt.signature());
        return receipt;
    }
}
