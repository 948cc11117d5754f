package org.opencontest.evaluation.internal;

import java.util.List;

import org.opencontest.shared.error.UserFacingException;

/** An answer key with findings; the message names the first, {@link #findings()} has them all. */
public class AnswerKeyRefusedException extends UserFacingException {

    private final transient List<Finding> findings;

    AnswerKeyRefusedException(List<Finding> findings) {
        super(findings.get(0).key(), findings.get(0).arguments());
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
