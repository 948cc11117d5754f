package org.opencontest.evaluation.internal;

import java.io.InputStream;
import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.evaluation.EvaluatedTrackPlan;
import org.opencontest.evaluation.EvaluatedTracks;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.Roles;
import org.springframework.stereotype.Service;

/** {@link EvaluatedTracks} through {@link EvaluationSetup}, which checks that the caller manages the contest. */
@Service
class EvaluatedTracksPort implements EvaluatedTracks {

    private final EvaluationSetup setup;

    EvaluatedTracksPort(EvaluationSetup setup) {
        this.setup = setup;
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public long add(long contestId, EvaluatedTrackPlan plan) {
        Metric metric = Arrays.stream(Metric.values()).filter(candidate -> candidate.name().equals(plan.metric()))
                .findFirst().orElseThrow(() -> new UserFacingException("evaluation.settings.error.metric"));
        return setup.save(contestId, null, 0, new TrackSettings(plan.trackId(), metric, plan.idColumn(),
                plan.targetColumn(), plan.publicFraction(), plan.dailyQuota(), plan.precision(), false)).id();
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public void uploadAnswerKey(long contestId, long evaluatedTrackId, InputStream content, String fileName) {
        setup.uploadAnswerKey(contestId, evaluatedTrackId, content, fileName);
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public void reveal(long contestId, long evaluatedTrackId) {
        setup.reveal(contestId, evaluatedTrackId);
    }
}
