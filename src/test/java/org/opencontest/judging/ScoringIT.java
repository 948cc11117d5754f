package org.opencontest.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.opencontest.judging.JudgingFixtures.assertRefused;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.opencontest.judging.internal.JudgingLog;
import org.opencontest.judging.internal.LogVerification;
import org.junit.jupiter.api.Test;
import org.opencontest.account.RecordedMails;
import org.opencontest.judging.ScoringFixtures.JudgeActor;
import org.opencontest.judging.ScoringFixtures.Judging;
import org.opencontest.judging.internal.AssignmentOverview;
import org.opencontest.judging.internal.ConflictRegister;
import org.opencontest.judging.internal.JudgingReminders;
import org.opencontest.judging.internal.SheetProgress;
import org.opencontest.judging.internal.SubmittedSheet;
import org.opencontest.judging.internal.SubmittedSheets;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.internal.SubmissionReading;
import org.opencontest.submission.SubmissionReviews;
import org.opencontest.submission.VersionDetail;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Assignment, the judge's reading rights, scoring with drafts, locks and deadlines, and reminders, end to end. */
class ScoringIT extends IntegrationTest {

    @Autowired
    ScoringFixtures fixtures;
    @Autowired
    JudgeAssignments assignments;
    @Autowired
    JudgeScoring scoring;
    @Autowired
    JudgingSetup setup;
    @Autowired
    ConflictRegister conflicts;
    @Autowired
    JudgingLog log;
    @Autowired
    SubmissionReading reading;
    @Autowired
    SubmissionReviews reviews;
    @Autowired
    SubmittedSheets submittedSheets;
    @Autowired
    JudgingReminders reminders;
    @Autowired
    RecordedMails mails;
    @Autowired
    EmbeddedMailServer smtp;
    @Autowired
    ObjectMapper json;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    @Test
    void assignmentGivesEveryEntryKJudgesWithinCapsAvoidingConflictsAndIsConnected() {
        Judging j = fixtures.judging(clock.instant(), 6, 2, true, 4, 3);
        JudgeActor conflicted = j.judges().get(0);
        as(j.organiser(), () -> conflicts.declare(conflicted.detail().id(), j.versions().get(0).summary().teamId(),
                "Supervises this team"));

        AssignmentOverview overview = as(j.organiser(), () -> assignments.assign(j.round().id()));

        assertThat(overview.entries()).hasSize(6).allSatisfy(entry -> assertThat(entry.active()).isEqualTo(2));
        assertThat(overview.judges()).allSatisfy(load -> assertThat(load.load()).isLessThanOrEqualTo(3));
        assertThat(overview.judges()).extracting(AssignmentOverview.Load::load).containsOnly(3);
        long conflictedEntry = entryOfTeam(overview, j.versions().get(0));
        assertThat(judgesOf(overview, conflictedEntry)).doesNotContain(conflicted.detail().id());
        assertThat(overview.components()).isEqualTo(1);
        assertThat(overview.issues()).isEmpty();
        assertThat(overview.entries()).extracting(AssignmentOverview.Coverage::teamName)
                .as("organisers see teams even in blind rounds").doesNotContain("");
        for (JudgeActor judge : j.judges()) {
            assertThat(mails.to(judge.principal().email(), "judging.assigned")).hasSize(1);
        }

        AssignmentOverview again = as(j.organiser(), () -> assignments.assign(j.round().id()));
        assertThat(again.entries()).allSatisfy(entry -> assertThat(entry.active()).isEqualTo(2));
        for (JudgeActor judge : j.judges()) {
            assertThat(mails.to(judge.principal().email(), "judging.assigned"))
                    .as("re-running changes nothing and mails nobody again").hasSize(1);
        }
        assertThat(as(j.organiser(), () -> log.verify(j.contestId())).intact()).isTrue();
    }

    @Test
    void manualChangesRefuseConflictsAndAreLogged() {
        Judging j = fixtures.judging(clock.instant(), 2, 1, true, 3, 5);
        JudgeActor conflicted = j.judges().get(0);
        as(j.organiser(), () -> conflicts.declare(conflicted.detail().id(), j.versions().get(0).summary().teamId(),
                "Former student"));
        AssignmentOverview overview = as(j.organiser(), () -> assignments.assign(j.round().id()));
        long entry = entryOfTeam(overview, j.versions().get(0));
        int logBefore = as(j.organiser(), () -> log.verify(j.contestId())).checked();

        assertRefused(j.organiser(), () -> assignments.add(j.round().id(), entry, conflicted.detail().id()),
                "judging.assignment.error.conflicted");
        long current = judgesOf(overview, entry).get(0);
        assertRefused(j.organiser(), () -> assignments.add(j.round().id(), entry, current),
                "judging.assignment.error.duplicate");
        long other = j.judges().stream().map(judge -> judge.detail().id())
                .filter(id -> id != current && id != conflicted.detail().id()).findFirst().orElseThrow();
        AssignmentOverview added = as(j.organiser(), () -> assignments.add(j.round().id(), entry, other));
        AssignmentOverview.Assigned manual = coverage(added, entry).judges().stream()
                .filter(a -> a.judgeId() == other).findFirst().orElseThrow();
        assertThat(manual.manual()).isTrue();
        AssignmentOverview removed = as(j.organiser(), () -> assignments.remove(manual.assignmentId()));
        assertThat(judgesOf(removed, entry)).containsExactly(current);

        LogVerification verification = as(j.organiser(), () -> log.verify(j.contestId()));
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isEqualTo(logBefore + 2);
        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> assignments.overview(j.round().id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aJudgeReadsOnlyAssignedEntriesAndFetchesTheirFilesThroughPresignedLinks() throws Exception {
        Judging j = fixtures.judging(clock.instant(), 3, 1, true, 3, 1);
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        JudgeActor judge = j.judges().get(0);
        JudgeQueueItem mine = single(as(judge.principal(), scoring::myQueue));
        JudgeQueueItem theirs = single(as(j.judges().get(1).principal(), scoring::myQueue));

        ScoringSheet page = as(judge.principal(), () -> scoring.open(mine.assignmentId()));
        assertThatThrownBy(() -> as(judge.principal(), () -> scoring.open(theirs.assignmentId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(judge.principal(), () -> scoring.open(Long.MAX_VALUE - 7)))
                .isInstanceOf(NotFoundException.class);
        VersionDetail assigned = versionOf(j, page.entry().titleEn());
        VersionDetail unassigned = j.versions().stream().filter(v -> v != assigned).findFirst().orElseThrow();
        assertThat(as(judge.principal(), () -> reviews.entry(assigned.summary().id())).files()).hasSize(1);
        assertThatThrownBy(() -> as(judge.principal(), () -> reviews.entry(unassigned.summary().id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(judge.principal(), () -> reviews.fileLink(unassigned.summary().id(),
                unassigned.files().get(0).id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(judge.principal(), () -> reading.version(assigned.summary().id())))
                .as("the team's own view of the version is not the judge's").isInstanceOf(NotFoundException.class);

        URI link = as(judge.principal(), () -> scoring.fileLink(mine.assignmentId(),
                page.entry().files().get(0).fileId()));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(link).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), 0, 8)).isEqualTo(SubmissionFixtures.PDF.substring(0, 8));
    }

    @Test
    void aBlindRoundsEntryCarriesNoTeamOrMemberIdentity() throws Exception {
        Judging j = fixtures.judging(clock.instant(), 1, 1, true, 1, 5);
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        JudgeActor judge = j.judges().get(0);
        ScoringSheet page = as(judge.principal(), () -> scoring.open(single(as(judge.principal(),
                scoring::myQueue)).assignmentId()));
        VersionDetail version = j.versions().get(0);
        AppPrincipal leader = j.leaders().get(0);

        String serialised = json.writeValueAsString(page) + json.writeValueAsString(as(judge.principal(),
                scoring::myQueue));

        assertThat(page.entry().titleEn()).isEqualTo("Entry 1");
        assertThat(serialised).doesNotContain(version.summary().teamName(), leader.email(), leader.displayName(),
                "teamId", "teamName\":\"");
        assertThat(page.entry().teamName()).isNull();
    }

    @Test
    void draftsAutosaveSubmitLocksAndASecondTabIsRefused() {
        Judging j = fixtures.judging(clock.instant(), 1, 1, false, 1, 5);
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        JudgeActor judge = j.judges().get(0);
        long assignment = single(as(judge.principal(), scoring::myQueue)).assignmentId();
        ScoringSheet loaded = as(judge.principal(), () -> scoring.open(assignment));
        assertThat(loaded.entry().teamName()).as("open rounds name the team").isEqualTo(
                j.versions().get(0).summary().teamName());
        assertThat(loaded.criteria()).extracting(CriterionInput::key).containsExactly("innovation", "data");

        Map<String, Integer> partial = new HashMap<>();
        partial.put("innovation", 3);
        partial.put("data", null);
        SheetState draft = as(judge.principal(), () -> scoring.saveDraft(assignment, loaded.sheet().version(),
                new SheetInput(partial, Map.of("innovation", "Bold"), "Nice work", "Check the licence")));
        assertThat(draft.progress()).isEqualTo(SheetProgress.DRAFT);
        assertRefused(judge.principal(), () -> scoring.saveDraft(assignment, loaded.sheet().version(),
                new SheetInput(Map.of("innovation", 1), Map.of(), "", "")), "judging.sheet.error.changedElsewhere");
        assertRefused(judge.principal(), () -> scoring.submit(assignment, draft.version(), draft.input()),
                "judging.rubric.error.criterionUnscored");
        assertRefused(judge.principal(), () -> scoring.saveDraft(assignment, draft.version(),
                new SheetInput(Map.of("data", 11), Map.of(), "", "")), "judging.rubric.error.scoreOutOfRange");
        SheetState reloaded = as(judge.principal(), () -> scoring.open(assignment)).sheet();
        assertThat(reloaded.input().teamComment()).isEqualTo("Nice work");
        assertThat(reloaded.input().scores()).containsEntry("innovation", 3);

        SheetState submitted = as(judge.principal(), () -> scoring.submit(assignment, reloaded.version(),
                new SheetInput(Map.of("innovation", 3, "data", 5), reloaded.input().comments(), "Nice work",
                        "Check the licence")));

        // innovation 3 of 1–3 (weight 2) and data 5 of 0–10 (weight 1): 100 × (2 × 1 + 0.5) / 3
        assertThat(submitted.weightedScore()).isCloseTo(83.333, org.assertj.core.data.Offset.offset(0.001));
        assertThat(submitted.progress()).isEqualTo(SheetProgress.SUBMITTED);
        assertRefused(judge.principal(), () -> scoring.saveDraft(assignment, submitted.version(),
                submitted.input()), "judging.sheet.error.submitted");
        assertThat(as(j.organiser(), () -> setup.rounds(j.contestId())).get(0).locked()).isTrue();
        List<SubmittedSheet> sheets = transactions.execute(status -> submittedSheets.of(j.round().id()));
        assertThat(sheets).singleElement().satisfies(sheet -> {
            assertThat(sheet.teamId()).isEqualTo(j.versions().get(0).summary().teamId());
            assertThat(sheet.scores()).containsEntry("data", 5);
            assertThat(sheet.comments()).containsEntry("innovation", "Bold");
            assertThat(sheet.privateNote()).isEqualTo("Check the licence");
        });
        assertThat(as(j.organiser(), () -> log.verify(j.contestId())).intact()).isTrue();
        assertRefused(j.organiser(), () -> assignments.remove(coverage(as(j.organiser(),
                () -> assignments.overview(j.round().id())), sheets.get(0).entryId()).judges().get(0)
                .assignmentId()), "judging.assignment.error.submitted");
    }

    @Test
    void afterTheDeadlineSheetsAndFilesAreClosedAndRecusalNeedsAReason() {
        Judging j = fixtures.judging(clock.instant(), 2, 1, true, 2, 1);
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        JudgeActor judge = j.judges().get(0);
        long assignment = single(as(judge.principal(), scoring::myQueue)).assignmentId();
        ScoringSheet page = as(judge.principal(), () -> scoring.open(assignment));
        JudgeActor recusing = j.judges().get(1);
        long recused = single(as(recusing.principal(), scoring::myQueue)).assignmentId();
        assertRefused(recusing.principal(), () -> scoring.recuse(recused, " "), "judging.recusal.error.reason");
        as(recusing.principal(), () -> {
            scoring.recuse(recused, "I mentored this team");
            return null;
        });
        assertThat(single(as(recusing.principal(), scoring::myQueue)).progress()).isEqualTo(SheetProgress.RECUSED);
        assertThatThrownBy(() -> as(recusing.principal(), () -> scoring.open(recused)))
                .isInstanceOf(NotFoundException.class);
        AssignmentOverview overview = as(j.organiser(), () -> assignments.overview(j.round().id()));
        assertThat(overview.entries()).flatExtracting(AssignmentOverview.Coverage::judges)
                .extracting(AssignmentOverview.Assigned::recusalReason).contains("I mentored this team");

        fixtures.setDeadline(j, clock.instant().minusSeconds(60));

        assertRefused(judge.principal(), () -> scoring.saveDraft(assignment, page.sheet().version(),
                new SheetInput(Map.of("innovation", 2), Map.of(), "", "")), "judging.sheet.error.deadline");
        assertRefused(judge.principal(), () -> scoring.fileLink(assignment, page.entry().files().get(0).fileId()),
                "judging.sheet.error.deadline");
        assertThat(as(judge.principal(), () -> scoring.open(assignment)).editable()).isFalse();
    }

    @Test
    void aReminderReachesEachJudgeWithOpenSheetsOnceEvenWhenTheJobRunsTwice() {
        Judging j = fixtures.judging(clock.instant(), 2, 1, true, 2, 1);
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        fixtures.setDeadline(j, clock.instant().plus(Duration.ofHours(30)));
        JudgeActor done = j.judges().get(1);
        long doneAssignment = single(as(done.principal(), scoring::myQueue)).assignmentId();
        as(done.principal(), () -> scoring.submit(doneAssignment, as(done.principal(),
                () -> scoring.open(doneAssignment)).sheet().version(),
                new SheetInput(Map.of("innovation", 2, "data", 7), Map.of(), "", "")));
        String open = j.judges().get(0).principal().email();

        SystemIdentity.call(reminders::remindJudges);
        SystemIdentity.call(reminders::remindJudges);

        assertThat(mails.to(open, "judging.reminder")).singleElement()
                .satisfies(mail -> assertThat(mail.model()).containsEntry("count", "1").containsEntry("reminder",
                        "48h"));
        assertThat(mails.to(done.principal().email(), "judging.reminder")).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.receivedMessagesFor(open).stream()
                .anyMatch(message -> subject(message).startsWith("Reminder")));
        assertThat(smtp.receivedMessagesFor(open).stream().filter(message -> subject(message)
                .startsWith("Reminder")).count()).isEqualTo(1);
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JudgeQueueItem single(List<JudgeQueueItem> queue) {
        assertThat(queue).hasSize(1);
        return queue.get(0);
    }

    private static VersionDetail versionOf(Judging j, String title) {
        return j.versions().stream().filter(v -> title.equals(v.input().titleEn())).findFirst().orElseThrow();
    }

    private static long entryOfTeam(AssignmentOverview overview, VersionDetail version) {
        return overview.entries().stream().filter(entry -> entry.teamName().equals(version.summary().teamName()))
                .findFirst().orElseThrow().entryId();
    }

    private static AssignmentOverview.Coverage coverage(AssignmentOverview overview, long entryId) {
        return overview.entries().stream().filter(entry -> entry.entryId() == entryId).findFirst().orElseThrow();
    }

    private static List<Long> judgesOf(AssignmentOverview overview, long entryId) {
        return coverage(overview, entryId).judges().stream().filter(a -> a.progress() != SheetProgress.RECUSED)
                .map(AssignmentOverview.Assigned::judgeId).collect(Collectors.toList());
    }
}
