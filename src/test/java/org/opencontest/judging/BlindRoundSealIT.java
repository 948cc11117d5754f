package org.opencontest.judging;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.MailText.textOf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.ApiTokens;
import org.opencontest.account.internal.NewApiToken;
import org.opencontest.account.ui.RoleNeededView;
import org.opencontest.judging.ScoringFixtures.JudgeActor;
import org.opencontest.judging.ScoringFixtures.Judging;
import org.opencontest.judging.internal.EntryForJudge;
import org.opencontest.judging.internal.JudgingReminders;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.shared.security.ApiScope;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.submission.VersionDetail;
import org.opencontest.support.KaribuTest;
import org.opencontest.team.TeamMember;
import org.opencontest.team.TeamMemberships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 12.1: a judge whose only grant is a blind round meets no trace of the team on any route or endpoint they can
 * reach: the API with their own token, every page they can open (the scoring page and queue, the team's receipt page,
 * feedback, results; ranking, the organisers' submissions and the audit trail refuse them), the judge-facing records, the presigned downloads (link, headers, object
 * metadata) and the mails they get. A trace is the team's name (also inside the file name the team chose), its id,
 * a member's name or e-mail address.
 */
class BlindRoundSealIT extends KaribuTest {

    @Autowired
    ScoringFixtures fixtures;
    @Autowired
    JudgeAssignments assignments;
    @Autowired
    JudgeScoring scoring;
    @Autowired
    JudgingReminders reminders;
    @Autowired
    TeamMemberships teams;
    @Autowired
    ApiTokens tokens;
    @Autowired
    EmbeddedMailServer smtp;
    @Autowired
    WebApplicationContext web;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    private Judging judging;
    private VersionDetail entry;
    private JudgeActor judge;
    private long assignmentId;
    private List<String> traces;
    private Pattern teamId;

    @BeforeEach
    void aBlindRoundWithAnEntryWhoseFileNamesTheTeam() {
        judging = fixtures.judging(clock.instant(), 1, 1, true, 1, 5);
        AppPrincipal leader = judging.leaders().get(0);
        String teamName = judging.versions().get(0).summary().teamName();
        entry = fixtures.submit(leader, judging.contestId(), "Entry 1", teamName + "-final.pdf");
        as(judging.organiser(), () -> assignments.assign(judging.round().id()));
        judge = judging.judges().get(0);
        assignmentId = as(judge.principal(), scoring::myQueue).get(0).assignmentId();

        traces = new ArrayList<>(List.of(teamName, teamName.substring(teamName.indexOf(' ') + 1)));
        for (TeamMember member : as(judging.organiser(), () -> teams.members(entry.summary().teamId()))) {
            traces.add(member.displayName());
            traces.add(member.email());
        }
        teamId = Pattern.compile("(?i)team\\W{0,3}(id)?\\W{0,3}" + entry.summary().teamId() + "\\b");
    }

    @Test
    void theApiAnswersTheJudgesTokenWithoutTheTeam() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        String token = as(judge.principal(), () -> tokens.create(new NewApiToken("judge " + UUID.randomUUID(),
                EnumSet.of(ApiScope.CONTESTS_READ, ApiScope.SUBMISSIONS_READ), 30))).secret();

        for (String path : List.of("/api/v1/submissions/" + entry.summary().id(), "/api/v1/contests",
                "/api/v1/contests/" + slug() + "/submissions", "/api/v1/me")) {
            var response = mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn()
                    .getResponse();
            assertSealed(path, response.getContentAsString(StandardCharsets.UTF_8));
        }
        assertThat(mvc.perform(get("/api/v1/submissions/" + entry.summary().id())
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn().getResponse().getStatus())
                .as("the team's submission API is for the team and the organisers").isEqualTo(404);
    }

    @Test
    void everyPageTheJudgeOpensIsSealedAndTheReceiptPageIsTheTeams() {
        signInAs(judging.leaders().get(0));
        navigate("receipts/" + entry.summary().id());
        assertThat(rendered()).as("the walk would see a leak").contains(traces.get(0));

        signInAs(judge.principal());
        for (String route : List.of("organise/rounds/" + judging.round().id() + "/ranking",
                "organise/submissions/" + judging.contestId(), "admin/audit")) {
            navigate(route);
            // denied: the page names the role the route needs, nothing of the entry
            _get(RoleNeededView.class);
            assertSealed(route, rendered());
        }
        for (String route : List.of("judging", "judging/sheets/" + assignmentId, "receipts/" + entry.summary().id(),
                "contests/" + slug() + "/feedback", "contests/" + slug() + "/results", "results",
                "submissions/" + judging.contestId())) {
            navigate(route);
            assertSealed(route, rendered());
            if (route.startsWith("judging/sheets/")) {
                assertThat(rendered()).contains("file-1.pdf", "file-2.pdf");
            }
            if (route.startsWith("receipts/")) {
                assertThat(_find(NotFoundView.class)).as("the receipt page is the team's").hasSize(1);
            }
        }
    }

    @Test
    void theJudgesRecordsNameTheFilesNeutrallyAndDownloadsCarryNoTeamInLinkHeadersOrMetadata() throws Exception {
        ScoringSheet page = as(judge.principal(), () -> scoring.open(assignmentId));
        assertSealed("scoring sheet and queue", json.writeValueAsString(page)
                + json.writeValueAsString(as(judge.principal(), scoring::myQueue)));
        assertThat(page.entry().files()).extracting(EntryForJudge.File::name).containsExactly("file-1.pdf",
                "file-2.pdf");

        for (EntryForJudge.File file : page.entry().files()) {
            URI link = as(judge.principal(), () -> scoring.fileLink(assignmentId, file.fileId()));
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(link).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertSealed("download " + file.name(), link + "\n" + download.headers().map());
            assertThat(download.headers().firstValue(HttpHeaders.CONTENT_DISPOSITION)).hasValueSatisfying(
                    disposition -> assertThat(disposition).contains("filename=\"" + file.name() + "\""));
        }
    }

    @Test
    void theMailsTheJudgeGetsNameNoTeam() throws Exception {
        fixtures.setDeadline(judging, clock.instant().plus(Duration.ofHours(30)));
        SystemIdentity.call(reminders::remindJudges);
        String address = judge.principal().email();

        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.receivedMessagesFor(address).size() >= 2);
        for (MimeMessage mail : smtp.receivedMessagesFor(address)) {
            assertSealed("mail " + mail.getSubject(), mail.getSubject() + "\n" + textOf(mail));
        }
    }

    private void assertSealed(String channel, String text) {
        assertThat(text).as(channel).doesNotContain(traces);
        assertThat(text).as(channel).doesNotContainPattern(teamId);
    }

    private String slug() {
        return judging.versions().get(0).receipt().contestSlug();
    }

    /** Everything the current page shows: the component tree with texts and attributes, and the grids' rows. */
    private static String rendered() {
        StringBuilder text = new StringBuilder(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()));
        for (Grid<?> grid : _find(Grid.class)) {
            text.append('\n').append(GridKt._dump(grid));
        }
        return text.toString();
    }
}
