package org.opencontest.integrity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.opencontest.integrity.ExpectedObject;
import org.opencontest.storage.ContentDigest;

/**
 * The last re-hash of one stored object. No optimistic lock: the scrub and {@code /verify} may re-hash the same
 * object at once, and either fresh result is a true one.
 */
@Entity
@Table(name = "integrity_object_check")
public class ObjectCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "object_key", nullable = false, updatable = false)
    private String objectKey;
    @Column(nullable = false)
    private String source;
    @Column(name = "expected_size")
    private Long expectedSize;
    @Column(name = "expected_sha256")
    private String expectedSha256;
    @Enumerated(EnumType.STRING)
    private CheckOutcome outcome;
    @Column(name = "actual_size")
    private Long actualSize;
    @Column(name = "actual_sha256")
    private String actualSha256;
    @Column(name = "checked_at")
    private Instant checkedAt;
    @Column(name = "requested_at")
    private Instant requestedAt;

    protected ObjectCheck() {
    }

    ObjectCheck(String source, ExpectedObject expected) {
        this.objectKey = expected.key();
        expect(source, expected);
    }

    /** The recorded facts the next re-hash compares with; a different expectation makes the last result void. */
    void expect(String source, ExpectedObject expected) {
        if (!expected.equals(expected())) {
            this.outcome = null;
            this.checkedAt = null;
        }
        this.source = source;
        this.expectedSize = expected.size();
        this.expectedSha256 = expected.sha256();
    }

    void recordRehash(ContentDigest digest, Instant at) {
        this.actualSize = digest == null ? null : digest.size();
        this.actualSha256 = digest == null ? null : digest.sha256();
        this.outcome = digest == null ? CheckOutcome.MISSING
                : expected().matches(digest.size(), digest.sha256()) ? CheckOutcome.INTACT : CheckOutcome.CHANGED;
        this.checkedAt = at;
        this.requestedAt = null;
    }

    void requestRehash(Instant at) {
        if (requestedAt == null) {
            requestedAt = at;
        }
    }

    ExpectedObject expected() {
        return new ExpectedObject(objectKey, expectedSize, expectedSha256);
    }

    Finding finding() {
        return new Finding(objectKey, source, outcome, expectedSize, expectedSha256, actualSize, actualSha256,
                checkedAt);
    }

    String getSource() {
        return source;
    }

    CheckOutcome getOutcome() {
        return outcome;
    }

    Instant getCheckedAt() {
        return checkedAt;
    }
}
