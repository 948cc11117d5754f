package org.opencontest.dataset.internal;

import org.opencontest.contest.ContestCloneStep;
import org.opencontest.contest.ContestCopy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dataset module's part of a contest clone: every dataset released to the old edition is released to the new
 * one too (one statement, however many datasets). Releases, terms acceptances and downloads are not per contest and
 * stay as they are; the publisher can unlink a dataset in its editor.
 */
@Component
class DatasetLinkCloning implements ContestCloneStep {

    private final JdbcTemplate jdbc;

    DatasetLinkCloning(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void copy(ContestCopy copy) {
        jdbc.update("INSERT INTO dataset_contest (dataset_id, contest_id) SELECT dataset_id, ? FROM dataset_contest "
                + "WHERE contest_id = ?", copy.cloneId(), copy.sourceId());
    }
}
