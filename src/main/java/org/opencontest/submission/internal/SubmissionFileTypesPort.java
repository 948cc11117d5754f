package org.opencontest.submission.internal;

import java.util.HashSet;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.shared.security.Roles;
import org.opencontest.submission.SubmissionFileTypes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link SubmissionFileTypes} through {@link SubmissionAdministration}, which checks who manages the contest. */
@Service
class SubmissionFileTypesPort implements SubmissionFileTypes {

    private final SubmissionAdministration administration;

    SubmissionFileTypesPort(SubmissionAdministration administration) {
        this.administration = administration;
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void allow(long contestId, Set<String> mediaTypes) {
        SubmissionRules rules = administration.rules(contestId);
        Set<String> allowed = new HashSet<>(rules.allowedTypes());
        if (allowed.addAll(mediaTypes)) {
            administration.saveRules(contestId, new SubmissionRules(allowed, rules.maxFileBytes(),
                    rules.maxPackageBytes(), rules.maxFiles(), rules.quotaPerDay(), rules.quotaTotal(),
                    rules.latePolicy(), rules.grace(), rules.version()));
        }
    }
}
