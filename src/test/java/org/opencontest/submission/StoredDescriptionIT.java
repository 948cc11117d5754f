package org.opencontest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A package's bilingual texts are mapped as {@link LocalizedText}s on the columns they always had. Rows written
 * before that kept a blank side as NULL; they read as before, and a blank side still leaves the API as null.
 */
class StoredDescriptionIT extends IntegrationTest {

    @Autowired
    SubmissionDrafts submissions;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    Scenario s;

    @BeforeEach
    void setUp() {
        s = SubmissionFixtures.scenario(contests, teams, clock.instant());
    }

    @Test
    void aSavedDescriptionKeepsBothSidesAndLeavesABlankSideNull() {
        PackageState saved = SubmissionFixtures.describe(submissions, s.leader(), s.contestId(), "Safer crossings",
                "更安全的路口");

        PackageInput read = as(s.leader(), () -> submissions.myPackage(s.contestId())).input();
        assertThat(read).isEqualTo(saved.input());
        assertThat(read.title()).isEqualTo(new LocalizedText("Safer crossings", "更安全的路口"));
        assertThat(read.abstractEn()).isEqualTo("Abstract");
        assertThat(read.abstractZh()).isNull();
    }

    @Test
    void anOlderRowWithNullSidesReadsAsItWasWritten() {
        SubmissionFixtures.describe(submissions, s.leader(), s.contestId(), "Safer crossings", "更安全的路口");
        jdbc.update("UPDATE submission_package SET title_zh = NULL, abstract_en = NULL, abstract_zh = NULL"
                + " WHERE contest_id = ? AND team_id = ?", s.contestId(), s.teamId());

        PackageInput read = as(s.leader(), () -> submissions.myPackage(s.contestId())).input();
        assertThat(read.titleEn()).isEqualTo("Safer crossings");
        assertThat(read.titleZh()).isNull();
        assertThat(read.abstractEn()).isNull();
        assertThat(read.abstractZh()).isNull();
        assertThat(read.summary()).isEqualTo(LocalizedText.EMPTY);
    }
}
