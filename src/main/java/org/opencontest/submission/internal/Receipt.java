package org.opencontest.submission.internal;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Proof of a submission, signed by the server with Ed25519 over {@link #canonicalText()}. {@link #document()} is
 * what the team keeps (the canonical text plus a {@code signature=} line); {@code /verify} checks it.
 *
 * @param submissionId the package the version was submitted to (a team merge may move the version to the
 *                     surviving team's package; this stays)
 * @param versionId    the stored version's id
 * @param version      the version number, unique among the versions submitted to that package; never renumbered
 */
public record Receipt(long submissionId, long versionId, int version, String contestSlug, String teamName,
                      Instant submittedAt, ZoneId contestZone, ZoneId submitterZone, boolean late,
                      List<ReceiptFile> files, String keyId, String canonicalText, String signature)
        implements Serializable {

    public Receipt {
        files = List.copyOf(files);
    }

    public String document() {
        return canonicalText + "signature=" + signature + "\n";
    }
}
