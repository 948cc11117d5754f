package org.opencontest.contest;

import org.opencontest.contest.internal.TimelineViolation;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.text.Slugs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.contest.ContestFixtures.input;
import static org.opencontest.contest.ContestFixtures.uniqueSlug;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.Actors;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class ContestServiceIT extends IntegrationTest {

    @Autowired
    ContestService contests;

    @Autowired
    Clock clock;

    @Autowired
    WebApplicationContext web;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal otherOrganiser = person(Role.ORGANISER);

    ContestEditState createDraft(String slug) {
        return as(organiser, () -> contests.create(input(slug, clock.instant())));
    }

    ContestEditState createPublished(String slug) {
        ContestEditState draft = createDraft(slug);
        return as(organiser, () -> contests.publish(draft.id(), draft.version()));
    }

    @Nested
    class Organisers {

        @Test
        void createEditAndPublish() {
            String slug = uniqueSlug("lifecycle");
            ContestEditState draft = createDraft(slug);
            assertThat(draft.status()).isEqualTo(ContestStatus.DRAFT);
            assertThat(draft.input().slug()).isEqualTo(slug);
            assertThat(draft.input().tracks()).hasSize(1);
            assertThat(draft.input().prizes()).singleElement()
                    .satisfies(prize -> assertThat(prize.trackIndex()).isZero());

            ContestInput changed = withTitle(draft.input(), "Renamed cup", "改名杯");
            ContestEditState edited = as(organiser, () -> contests.update(draft.id(), draft.version(), changed));
            assertThat(edited.version()).isGreaterThan(draft.version());
            assertThat(edited.input().title().en()).isEqualTo("Renamed cup");
            assertThat(edited.input().tracks().get(0).id()).as("track ids survive edits")
                    .isEqualTo(draft.input().tracks().get(0).id());

            ContestEditState published = as(organiser, () -> contests.publish(edited.id(), edited.version()));
            assertThat(published.status()).isEqualTo(ContestStatus.PUBLISHED);

            ContestPage page = anonymously(() -> contests.page(slug));
            assertThat(page.title().zh()).isEqualTo("改名杯");
            assertThat(page.timeline().phases()).hasSize(3);
            assertThat(page.prizes()).singleElement()
                    .satisfies(prize -> assertThat(prize.track().en()).isEqualTo("Traffic safety"));
        }

        @Test
        void aBlankSlugIsDerivedFromTheEnglishTitleAndMadeUnique() {
            String title = "Unique Title " + uniqueSlug("t");
            ContestInput first = withTitle(input("", clock.instant()), title, "标题");
            ContestEditState one = as(organiser, () -> contests.create(first));
            ContestEditState two = as(organiser, () -> contests.create(first));
            assertThat(one.input().slug()).isEqualTo(Slugs.fromTitle(title));
            assertThat(two.input().slug()).isEqualTo(Slugs.fromTitle(title) + "-2");
        }

        @Test
        void aTakenSlugIsRefusedByName() {
            String slug = uniqueSlug("taken");
            createDraft(slug);
            assertThatThrownBy(() -> as(otherOrganiser, () -> contests.create(input(slug, clock.instant()))))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("contest.error.slugTaken"));
        }

        @Test
        void anotherOrganiserCanNeitherSeeNorChangeTheContest() {
            ContestEditState draft = createDraft(uniqueSlug("mine"));
            assertThatThrownBy(() -> as(otherOrganiser, () -> contests.edit(draft.id())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(otherOrganiser,
                    () -> contests.update(draft.id(), draft.version(), draft.input())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(otherOrganiser, () -> contests.publish(draft.id(), draft.version())))
                    .isInstanceOf(NotFoundException.class);
            assertThat(as(otherOrganiser, () -> contests.myContests(PageRequest.of(0, 500))))
                    .extracting(ContestSummary::id).doesNotContain(draft.id());
            assertThat(as(organiser, () -> contests.myContests(PageRequest.of(0, 50))))
                    .extracting(ContestSummary::id).contains(draft.id());
        }

        @Test
        void anAdministratorMayEditAnyContest() {
            ContestEditState draft = createDraft(uniqueSlug("admin"));
            ContestEditState edited = as(person(Role.ADMIN),
                    () -> contests.update(draft.id(), draft.version(), withTitle(draft.input(), "By admin", "管理员")));
            assertThat(edited.input().title().en()).isEqualTo("By admin");
        }

        @Test
        void participantsAndVisitorsCannotCreateContests() {
            ContestInput input = input(uniqueSlug("nope"), clock.instant());
            assertThatThrownBy(() -> as(person(Role.PARTICIPANT), () -> contests.create(input)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> anonymously(() -> contests.create(input)))
                    .isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void aStaleVersionIsRefusedAndChangesNothing() {
            ContestEditState draft = createDraft(uniqueSlug("race"));
            as(organiser, () -> contests.update(draft.id(), draft.version(), withTitle(draft.input(), "First", "一")));
            assertThatThrownBy(() -> as(organiser,
                    () -> contests.update(draft.id(), draft.version(), withTitle(draft.input(), "Second", "二"))))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("error.concurrentEdit"));
            assertThat(as(organiser, () -> contests.edit(draft.id())).input().title().en()).isEqualTo("First");
        }

        @Test
        void anInvalidTimelineIsRefusedWithTheRuleAndChangesNothing() {
            ContestEditState draft = createDraft(uniqueSlug("badtimeline"));
            Instant now = clock.instant();
            List<PhaseWindow> overlapping = List.of(
                    new PhaseWindow(PhaseKind.SUBMISSION, now, now.plus(Duration.ofDays(10))),
                    new PhaseWindow(PhaseKind.JUDGING, now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(20))));
            ContestInput bad = withPhases(withTitle(draft.input(), "Changed", "改"), overlapping);
            assertThatThrownBy(() -> as(organiser, () -> contests.update(draft.id(), draft.version(), bad)))
                    .isInstanceOfSatisfying(TimelineViolation.class, e -> {
                        assertThat(e.getMessageKey()).isEqualTo("contest.timeline.error.overlap");
                        assertThat(e.getArguments()).containsExactly(PhaseKind.SUBMISSION, PhaseKind.JUDGING);
                    });
            ContestEditState unchanged = as(organiser, () -> contests.edit(draft.id()));
            assertThat(unchanged.version()).isEqualTo(draft.version());
            assertThat(unchanged.input().title().en()).isEqualTo(draft.input().title().en());
        }

        @Test
        void fieldErrorsNameTheField() {
            ContestInput noTitle = withTitle(input(uniqueSlug("x"), clock.instant()), " ", "中文");
            assertThatThrownBy(() -> as(organiser, () -> contests.create(noTitle)))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.getMessageKey()).isEqualTo("contest.error.required");
                        assertThat(e.getArguments()[0]).isInstanceOfSatisfying(MessageSourceResolvable.class,
                                field -> assertThat(field.getCodes()).containsExactly("contest.field.titleEn"));
                    });
            ContestInput badSlug = input("Not A Slug!", clock.instant());
            assertThatThrownBy(() -> as(organiser, () -> contests.create(badSlug)))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("contest.error.slug"));
            ContestInput base = input(uniqueSlug("team"), clock.instant());
            ContestInput badTeam = new ContestInput(base.slug(), base.title(), base.summary(), base.description(),
                    base.rules(), base.theme(), base.zone(), 6, 3, base.tracks(), base.prizes(), base.phases());
            assertThatThrownBy(() -> as(organiser, () -> contests.create(badTeam)))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("contest.error.teamSize"));
        }

        @Test
        void publishingNeedsBothTitlesAndAPhase() {
            ContestInput base = input(uniqueSlug("incomplete"), clock.instant());
            ContestEditState noChinese = as(organiser, () -> contests.create(withTitle(base, "Only English", "")));
            assertThatThrownBy(() -> as(organiser, () -> contests.publish(noChinese.id(), noChinese.version())))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("contest.error.publish.titles"));

            ContestEditState noPhase = as(organiser, () -> contests.create(
                    withPhases(input(uniqueSlug("nophase"), clock.instant()), List.of())));
            assertThatThrownBy(() -> as(organiser, () -> contests.publish(noPhase.id(), noPhase.version())))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("contest.error.publish.noPhase"));
        }

        @Test
        void tracksAndPrizesAreReconciledById() {
            ContestEditState draft = createDraft(uniqueSlug("tracks"));
            ContestInput.TrackInput kept = draft.input().tracks().get(0);
            ContestInput.TrackInput added = new ContestInput.TrackInput(null,
                    new LocalizedText("Public health", "公共卫生"), LocalizedText.EMPTY);
            ContestInput.PrizeInput healthPrize = new ContestInput.PrizeInput(null,
                    new LocalizedText("Health award", "健康奖"), null, null, new LocalizedText("Mentoring", "导师辅导"), 0);
            ContestInput base = draft.input();
            ContestInput reordered = new ContestInput(base.slug(), base.title(), base.summary(), base.description(),
                    base.rules(), base.theme(), base.zone(), base.teamSizeMin(), base.teamSizeMax(),
                    List.of(added, kept), List.of(healthPrize), base.phases());

            ContestEditState edited = as(organiser, () -> contests.update(draft.id(), draft.version(), reordered));
            assertThat(edited.input().tracks()).extracting(t -> t.name().en())
                    .containsExactly("Public health", "Traffic safety");
            assertThat(edited.input().tracks().get(1).id()).isEqualTo(kept.id());
            assertThat(edited.input().prizes()).singleElement().satisfies(prize -> {
                assertThat(prize.trackIndex()).isZero();
                assertThat(prize.amount()).isNull();
            });
        }

        @Test
        void archivedContestsAreFrozenButStayVisible() {
            String slug = uniqueSlug("archive");
            ContestEditState published = createPublished(slug);
            ContestEditState archived = as(organiser, () -> contests.archive(published.id(), published.version()));
            assertThat(archived.status()).isEqualTo(ContestStatus.ARCHIVED);
            assertThatThrownBy(() -> as(organiser, () -> contests.update(archived.id(), archived.version(),
                    archived.input())))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("contest.error.archived"));
            assertThat(anonymously(() -> contests.page(slug)).status()).isEqualTo(ContestStatus.ARCHIVED);
            assertThat(anonymously(() -> contests.publicContests()).past()).extracting(ContestSummary::slug)
                    .contains(slug);
        }
    }

    @Nested
    class Visitors {

        @Test
        void draftsAreInvisibleExceptToTheirOwner() {
            String slug = uniqueSlug("hidden");
            createDraft(slug);
            assertThatThrownBy(() -> anonymously(() -> contests.page(slug))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(otherOrganiser, () -> contests.page(slug))).isInstanceOf(NotFoundException.class);
            assertThat(as(organiser, () -> contests.page(slug)).status()).isEqualTo(ContestStatus.DRAFT);
            assertThat(anonymously(() -> contests.publicContests()).current()).extracting(ContestSummary::slug)
                    .doesNotContain(slug);
            assertThatThrownBy(() -> anonymously(() -> contests.page("no-such-contest-" + slug)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void otherModulesSeeContestsByIdUnderTheSameRules() {
            ContestEditState draft = createDraft(uniqueSlug("by-id"));
            assertThat(as(organiser, () -> contests.page(draft.id())).slug()).isEqualTo(draft.input().slug());
            assertThatThrownBy(() -> anonymously(() -> contests.page(draft.id()))).isInstanceOf(NotFoundException.class);
            assertThat(as(organiser, () -> contests.canManage(draft.id()))).isTrue();
            assertThat(as(otherOrganiser, () -> contests.canManage(draft.id()))).isFalse();
            assertThat(anonymously(() -> contests.canManage(draft.id()))).isFalse();
            assertThat(as(organiser, () -> contests.canManage(-1))).isFalse();
            ContestEditState published = as(organiser, () -> contests.publish(draft.id(), draft.version()));
            assertThat(anonymously(() -> contests.page(published.id())).status()).isEqualTo(ContestStatus.PUBLISHED);
        }

        @Test
        void contestsInIncubationAreListedAmongPastContests() {
            String open = uniqueSlug("open");
            createPublished(open);
            String finished = uniqueSlug("finished");
            Instant now = clock.instant();
            ContestInput pastInput = withPhases(input(finished, now), List.of(
                    new PhaseWindow(PhaseKind.REGISTRATION, now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(60))),
                    new PhaseWindow(PhaseKind.RESULTS, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(9))),
                    new PhaseWindow(PhaseKind.INCUBATION, now.minus(Duration.ofDays(5)), now.plus(Duration.ofDays(90)))));
            ContestEditState past = as(organiser, () -> contests.create(pastInput));
            as(organiser, () -> contests.publish(past.id(), past.version()));

            PublicContests lists = anonymously(() -> contests.publicContests());
            assertThat(lists.current()).extracting(ContestSummary::slug).contains(open).doesNotContain(finished);
            assertThat(lists.past()).extracting(ContestSummary::slug).contains(finished).doesNotContain(open);
        }

        @Test
        void markdownIsRenderedAndSanitised() {
            String slug = uniqueSlug("xss");
            ContestInput base = input(slug, clock.instant());
            String hostile = """
                    Hello **world** <script>alert('x')</script>

                    <img src="x" onerror="alert(1)">

                    [site](https://example.org) [bad](javascript:alert(1))
                    """;
            ContestInput attack = new ContestInput(base.slug(), base.title(), base.summary(),
                    new LocalizedText(hostile, hostile), new LocalizedText("<a href=\"#\" onclick=\"x()\">rules</a>", ""),
                    base.theme(), base.zone(), 1, 5, base.tracks(), base.prizes(), base.phases());
            ContestEditState draft = as(organiser, () -> contests.create(attack));
            as(organiser, () -> contests.publish(draft.id(), draft.version()));

            ContestPage page = anonymously(() -> contests.page(slug));
            String html = page.descriptionHtml().en();
            assertThat(html).contains("<strong>world</strong>").doesNotContain("javascript:")
                    .contains("<a href=\"https://example.org\" rel=\"nofollow noopener\">site</a>");
            assertNoActiveContent(html);
            assertNoActiveContent(page.rulesHtml().en());
            assertThat(as(organiser, () -> contests.edit(draft.id())).input().description().en())
                    .as("the organiser's source text is kept as written").contains("<script>");
        }

        @Test
        void theCalendarFeedHasOneStableEventPerPhaseInTheRequestedLanguage() throws Exception {
            String slug = uniqueSlug("ics");
            ContestEditState published = createPublished(slug);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

            String english = mvc.perform(get("/api/public/contests/{slug}/timeline.ics", slug))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                    .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + slug + ".ics\""))
                    .andReturn().getResponse().getContentAsString();
            assertThat(count("BEGIN:VEVENT", english)).isEqualTo(3);
            assertThat(english).contains("SUMMARY:Open Data Test Cup " + slug + ": Registration")
                    .contains("UID:contest-" + published.id() + "-registration@opencontest");
            Instant opens = published.input().phases().get(0).opens();
            assertThat(english).contains("DTSTART:" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                    .withZone(ZoneOffset.UTC).format(opens));

            String chinese = mvc.perform(get("/api/public/contests/{slug}/timeline.ics", slug).param("lang", "zh"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                            StandardCharsets.UTF_8);
            assertThat(chinese).contains("SUMMARY:开放数据测试杯 " + slug + "：报名");
            String byHeader = mvc.perform(get("/api/public/contests/{slug}/timeline.ics", slug)
                            .header("Accept-Language", "zh-CN,zh;q=0.9"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(byHeader).contains("：报名");
            assertThat(uids(chinese)).as("UIDs are stable per phase").isEqualTo(uids(english));

            String draft = uniqueSlug("icsdraft");
            createDraft(draft);
            mvc.perform(get("/api/public/contests/{slug}/timeline.ics", draft)).andExpect(status().isNotFound());
            mvc.perform(get("/api/public/contests/{slug}/cover", slug)).andExpect(status().isNotFound());
        }
    }

    static ContestInput withTitle(ContestInput in, String en, String zh) {
        return new ContestInput(in.slug(), new LocalizedText(en, zh), in.summary(), in.description(), in.rules(),
                in.theme(), in.zone(), in.teamSizeMin(), in.teamSizeMax(), in.tracks(), in.prizes(), in.phases());
    }

    static ContestInput withPhases(ContestInput in, List<PhaseWindow> phases) {
        return new ContestInput(in.slug(), in.title(), in.summary(), in.description(), in.rules(), in.theme(),
                in.zone(), in.teamSizeMin(), in.teamSizeMax(), in.tracks(), in.prizes(), phases);
    }

    /** No script element and no event-handler attribute survives (escaped text showing "onerror" is harmless). */
    private static void assertNoActiveContent(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        assertThat(document.select("script, iframe, object, embed")).isEmpty();
        assertThat(document.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")));
    }

    private static int count(String needle, String text) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    private static List<String> uids(String ics) {
        List<String> uids = new ArrayList<>();
        Matcher matcher = Pattern.compile("UID:(.*)").matcher(ics);
        while (matcher.find()) {
            uids.add(matcher.group(1).strip());
        }
        return uids;
    }
}
