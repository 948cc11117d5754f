package org.opencontest.partnering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;
import static org.opencontest.support.MailText.textOf;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

import org.junit.jupiter.api.Test;
import org.opencontest.account.AccountService;
import org.opencontest.account.SignUpRequest;
import org.opencontest.account.UserDirectory;
import org.opencontest.account.internal.AccountAdministration;
import org.opencontest.account.internal.RoleRequests;
import org.opencontest.incubation.AdoptionStage;
import org.opencontest.incubation.CheckInDetail;
import org.opencontest.incubation.Kpis;
import org.opencontest.incubation.CheckIns;
import org.opencontest.incubation.IncubationFixtures;
import org.opencontest.incubation.IncubationFixtures.Setup;
import org.opencontest.incubation.IncubationProjects;
import org.opencontest.incubation.PartnerOutcomes;
import org.opencontest.incubation.ShowcaseProjects;
import org.opencontest.incubation.Stage;
import org.opencontest.incubation.internal.IncubationReports;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.partnering.DemoDays;
import org.opencontest.partnering.IntroductionOutcome;
import org.opencontest.partnering.internal.IntroductionStatus;
import org.opencontest.partnering.Introductions;
import org.opencontest.partnering.PartnerKind;
import org.opencontest.partnering.PartnerProfiles;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Partner matchmaking against PostgreSQL and the embedded SMTP server, with real incubated projects. */
class PartnerMatchmakingIT extends IntegrationTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Kpis FIGURES = new Kpis(new BigDecimal("86000"), 5, new BigDecimal("1500000"), BigDecimal.ZERO,
            BigDecimal.ZERO, 4200L, 3, AdoptionStage.PILOT, 2);

    @Autowired
    IncubationFixtures fixtures;
    @Autowired
    IncubationProjects projects;
    @Autowired
    CheckIns checkIns;
    @Autowired
    IncubationReports reports;
    @Autowired
    ShowcaseProjects showcase;
    @Autowired
    PartnerProfiles profiles;
    @Autowired
    Introductions introductions;
    @Autowired
    DemoDays demoDays;
    @Autowired
    RoleRequests roleRequests;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDirectory directory;
    @Autowired
    AccountAdministration administration;
    @Autowired
    EmbeddedMailServer smtp;

    @Test
    void thePartnerRoleIsRequestedAndApprovedLikeTheOthers() {
        AppPrincipal applicant = signUp("applicant", NEW_YORK, EnumSet.of(Role.PARTICIPANT));
        long request = as(applicant, () -> roleRequests.request(Role.PARTNER, "Yangtze Ventures",
                "We invest in open-data start-ups.")).id();
        as(realAdmin(), () -> roleRequests.approve(request));

        assertThat(directory.findByEmail(applicant.email()).orElseThrow().roles()).contains(Role.PARTNER);
        assertThatThrownBy(() -> as(applicant, () -> showcase.count(ShowcaseProjects.Filter.ALL)))
                .as("the session's stale roles do not matter here: the principal still lacks PARTNER")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theShowcaseListsOnlyProjectsWhoseTeamOptedInAndFiltersByThemeStageAndCity() {
        Setup s = fixtures.setUp("Showcase " + UUID.randomUUID(), fixtures.today().minusMonths(1), true);
        AppPrincipal partner = partner("filter", NEW_YORK);
        String city = "Guiyang-" + UUID.randomUUID().toString().substring(0, 6);
        ShowcaseProjects.Filter inCity = new ShowcaseProjects.Filter(null, null, city);
        assertThat(as(partner, () -> showcase.count(inCity))).as("not opted in yet").isZero();

        refused(() -> as(s.entry().leader(), () -> projects.listForPartners(s.projectId(), s.project().version(),
                true, " ", null)), "text.error.required");
        refused(() -> as(s.entry().leader(), () -> projects.listForPartners(s.projectId(), s.project().version(),
                true, "<b>Guiyang</b>", null)), "text.error.markup");
        assertThatThrownBy(() -> as(person(Role.PARTICIPANT), () -> projects.listForPartners(s.projectId(),
                s.project().version(), true, city, null))).isInstanceOf(NotFoundException.class);
        as(s.entry().leader(), () -> projects.listForPartners(s.projectId(), s.project().version(), true, city,
                "Bus GPS 2025, road closures"));

        assertThat(as(partner, () -> showcase.page(inCity, 0, 10))).singleElement().satisfies(entry -> {
            assertThat(entry.projectId()).isEqualTo(s.projectId());
            assertThat(entry.city()).isEqualTo(city);
            assertThat(entry.datasets()).isEqualTo("Bus GPS 2025, road closures");
            assertThat(entry.stage()).isEqualTo(Stage.ACCEPTED);
        });
        assertThat(as(partner, () -> showcase.count(new ShowcaseProjects.Filter(null, null, city.toUpperCase()))))
                .as("city ignores case").isEqualTo(1);
        assertThat(as(partner, () -> showcase.count(new ShowcaseProjects.Filter(null, Stage.PILOT, city)))).isZero();
        assertThat(as(partner, () -> showcase.count(new ShowcaseProjects.Filter("no such theme", null, city))))
                .isZero();
        assertThat(as(partner, showcase::cities)).contains(city);
        assertThatThrownBy(() -> as(person(Role.PARTICIPANT), () -> showcase.page(inCity, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        long version = as(s.entry().leader(), () -> projects.project(s.projectId())).summary().version();
        as(s.entry().leader(), () -> projects.listForPartners(s.projectId(), version, false, city, null));
        assertThat(as(partner, () -> showcase.count(inCity))).as("withdrawn").isZero();
    }

    @Test
    void anAcceptedIntroductionExchangesContactsAndADeclinedOneNever() throws Exception {
        Setup s = listed("Introductions");
        AppPrincipal partner = partner("investor", NEW_YORK);
        AppPrincipal other = partner("company", ZoneId.of("Asia/Shanghai"));
        refused(() -> as(partner, () -> introductions.request(s.projectId(), "Hello")),
                "partnering.introduction.error.profile");
        refused(() -> as(partner, () -> profiles.save(null, "Yangtze Ventures", "Mobility")),
                "partnering.profile.error.kind");
        as(partner, () -> profiles.save(PartnerKind.INVESTOR, "Yangtze Ventures", "Mobility, seed rounds"));
        as(other, () -> profiles.save(PartnerKind.COMPANY, "Metro Systems Ltd", "Bus operations"));
        refused(() -> as(partner, () -> introductions.request(s.projectId(), "<script>x</script>")),
                "text.error.markup");

        Introductions.PartnerSide asked = as(partner, () -> introductions.request(s.projectId(),
                "We fund mobility start-ups and would like to see a demo."));
        refused(() -> as(partner, () -> introductions.request(s.projectId(), "Again")),
                "partnering.introduction.error.duplicate");
        Introductions.PartnerSide declinedOne = as(other, () -> introductions.request(s.projectId(),
                "We operate buses in Guiyang."));
        assertThat(asked.status()).isEqualTo(IntroductionStatus.REQUESTED);
        assertThat(asked.teamContactEmail()).isNull();
        assertThat(mailText(s.entry().leader().email(), "would like to meet")).contains("Yangtze Ventures");

        List<Introductions.TeamSide> seen = as(s.entry().leader(), introductions::forMyTeams);
        assertThat(seen).extracting(Introductions.TeamSide::partnerName)
                .containsExactlyInAnyOrder(partner.displayName(), other.displayName());
        assertThat(seen).allSatisfy(side -> assertThat(side.partnerEmail()).as("no address before acceptance")
                .isNull());
        assertThat(seen).filteredOn(side -> side.id() == asked.id()).singleElement()
                .satisfies(side -> assertThat(side.organisation()).isEqualTo("Yangtze Ventures"));

        // nobody but the team answers, and a partner never sees the team's address otherwise
        for (AppPrincipal stranger : List.of(partner, person(Role.PARTICIPANT), listed("Other team").entry().leader())) {
            assertThatThrownBy(() -> as(stranger, () -> introductions.answer(asked.id(), true)))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(as(partner, introductions::mine)).singleElement()
                .satisfies(mine -> assertThat(mine.teamContactEmail()).isNull());
        assertThat(as(partner, () -> showcase.listed(s.projectId())).orElseThrow().toString())
                .doesNotContain(s.entry().leader().email(), s.entry().member().email());

        Introductions.TeamSide accepted = as(s.entry().leader(), () -> introductions.answer(asked.id(), true));
        assertThat(accepted.partnerEmail()).isEqualTo(partner.email());
        refused(() -> as(s.entry().member(), () -> introductions.answer(asked.id(), false)),
                "partnering.introduction.error.answered");
        as(s.entry().member(), () -> introductions.answer(declinedOne.id(), false));

        assertThat(as(partner, introductions::mine)).singleElement().satisfies(mine -> {
            assertThat(mine.status()).isEqualTo(IntroductionStatus.ACCEPTED);
            assertThat(mine.teamContactEmail()).isEqualTo(s.entry().leader().email());
        });
        assertThat(as(other, introductions::mine)).singleElement().satisfies(mine -> {
            assertThat(mine.status()).isEqualTo(IntroductionStatus.DECLINED);
            assertThat(mine.teamContactEmail()).isNull();
        });
        assertThat(mailText(partner.email(), "was accepted")).contains(s.entry().leader().email());
        assertThat(mailText(s.entry().member().email(), "Contact details")).contains(partner.email());
        String declinedMail = mailText(other.email(), "Your introduction to");
        assertThat(declinedMail).contains("declined").doesNotContain(s.entry().leader().email(),
                s.entry().member().email());

        // the outcome feeds the impact report: linked to a filed check-in only
        refused(() -> as(s.entry().leader(), () -> introductions.linkOutcome(asked.id(), IntroductionOutcome.FUNDING,
                fixtures.today().plusYears(1))), "partnering.outcome.error.period");
        refused(() -> as(s.entry().leader(), () -> introductions.linkOutcome(declinedOne.id(),
                IntroductionOutcome.FUNDING, fixtures.today())), "partnering.outcome.error.notAccepted");
        LocalDate today = fixtures.today();
        CheckInDetail draft = as(s.entry().leader(), () -> checkIns.save(s.projectId(), today, 0, "Seed round",
                FIGURES));
        as(s.entry().leader(), () -> checkIns.submit(s.projectId(), today, draft.version(), "Seed round closed",
                FIGURES));
        as(s.entry().leader(), () -> introductions.linkOutcome(asked.id(), IntroductionOutcome.FUNDING, today));

        PartnerOutcomes.Counts counts = as(s.entry().organiser(), () -> reports.impact(s.entry().contestId()))
                .partnering();
        assertThat(counts).isEqualTo(new PartnerOutcomes.Counts(2, 1, 0, 1, 0));
    }

    @Test
    void teamsBookDemoDaySlotsOnceAndEveryoneGetsAnInvitationInTheirOwnZone() throws Exception {
        Setup first = listed("Demo first");
        Setup second = listed("Demo second");
        AppPrincipal partner = partner("demo", NEW_YORK);
        AppPrincipal stranger = partner("uninvited", NEW_YORK);
        DemoDays.Summary day = as(first.incubator(), () -> demoDays.create("Guiyang Demo Day", "Guiyang Big Data "
                + "Exchange", ZoneId.of("Asia/Shanghai")));
        LocalDateTime nineAm = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).atTime(9, 0);
        DemoDays.Slot early = as(first.incubator(), () -> demoDays.addSlot(day.id(), nineAm, 20));
        DemoDays.Slot late = as(first.incubator(), () -> demoDays.addSlot(day.id(), nineAm.plusMinutes(30), 20));
        refused(() -> as(first.incubator(), () -> demoDays.addSlot(day.id(), nineAm.plusMinutes(10), 20)),
                "partnering.demoDay.error.overlap");
        refused(() -> as(first.incubator(), () -> demoDays.addSlot(day.id(), nineAm.minusYears(1), 20)),
                "partnering.demoDay.error.past");
        assertThatThrownBy(() -> as(second.incubator(), () -> demoDays.addSlot(day.id(), nineAm.plusHours(2), 20)))
                .as("another incubator does not manage it").isInstanceOf(NotFoundException.class);
        as(first.incubator(), () -> {
            demoDays.inviteProject(day.id(), first.projectId());
            demoDays.inviteProject(day.id(), second.projectId());
            demoDays.invitePartner(day.id(), partner.email());
            return null;
        });
        refused(() -> as(first.incubator(), () -> {
            demoDays.invitePartner(day.id(), first.entry().leader().email());
            return null;
        }), "partnering.demoDay.error.notPartner");

        as(first.entry().leader(), () -> demoDays.book(day.id(), early.id(), first.projectId()));
        refused(() -> as(second.entry().leader(), () -> demoDays.book(day.id(), early.id(), second.projectId())),
                "partnering.demoDay.error.slotTaken");
        refused(() -> as(first.entry().member(), () -> demoDays.book(day.id(), late.id(), first.projectId())),
                "partnering.demoDay.error.alreadyBooked");
        assertThatThrownBy(() -> as(second.entry().leader(), () -> demoDays.book(day.id(), late.id(),
                first.projectId()))).as("only for the caller's own project").isInstanceOf(NotFoundException.class);
        as(second.entry().leader(), () -> demoDays.book(day.id(), late.id(), second.projectId()));

        DemoDays.Detail seen = as(partner, () -> demoDays.detail(day.id()));
        assertThat(seen.slots()).extracting(DemoDays.Slot::projectId)
                .containsExactly(first.projectId(), second.projectId());
        assertThat(seen.manage()).isFalse();
        assertThat(as(partner, demoDays::mine)).extracting(DemoDays.Summary::id).contains(day.id());
        assertThatThrownBy(() -> as(stranger, () -> demoDays.detail(day.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(partner, () -> demoDays.create("Mine", "Here", NEW_YORK)))
                .isInstanceOf(AccessDeniedException.class);

        // 09:00 in Shanghai is 20:00 the day before in New York (EST, UTC-5, in December)
        String forPartner = as(partner, () -> demoDays.invitation(day.id(), Locale.ENGLISH));
        LocalDateTime inNewYork = nineAm.atZone(ZoneId.of("Asia/Shanghai")).withZoneSameInstant(NEW_YORK)
                .toLocalDateTime();
        assertThat(forPartner).contains("BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "TZID:America/New_York",
                "DTSTART;TZID=America/New_York:" + ics(inNewYork), "SUMMARY:Guiyang Demo Day",
                "UID:demo-day-" + day.id() + "@opencontest");
        assertThat(forPartner).as("a partner has no presentation of their own").doesNotContain("-slot-");
        String forTeam = as(first.entry().leader(), () -> demoDays.invitation(day.id(), Locale.ENGLISH));
        assertThat(forTeam).contains("TZID=Asia/Shanghai:" + ics(nineAm), "UID:demo-day-" + day.id() + "-slot-"
                + early.id() + "@opencontest").doesNotContain("-slot-" + late.id());

        PartnerOutcomes.Counts counts = as(first.entry().organiser(), () -> reports.impact(first.entry().contestId()))
                .partnering();
        assertThat(counts.meetings()).isEqualTo(1);

        // the mails carry the same events as calendar invitations (iMIP), through the outbox
        MimeMessage invited = mail(partner.email(), "Invitation: Guiyang Demo Day");
        ICalendar dayInvite = calendarOf(invited, partner.email());
        VEvent dayEvent = dayInvite.getEvents().get(0);
        assertThat(dayEvent.getUid().getValue()).isEqualTo("demo-day-" + day.id() + "@opencontest");
        assertThat(dayEvent.getDateStart().getValue().toInstant()).isEqualTo(early.starts());
        assertThat(dayEvent.getDateEnd().getValue().toInstant()).isEqualTo(late.ends());
        assertThat(rawCalendarOf(invited)).contains("DTSTART;TZID=America/New_York:" + ics(inNewYork));
        assertThat(textOf(invited)).as("the time in words, in the partner's zone, and the link stays")
                .contains(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                        .format(inNewYork), "(America/New_York)", "/demo-days/" + day.id());

        MimeMessage booked = mail(first.entry().leader().email(), "Your presentation at Guiyang Demo Day is booked");
        ICalendar slotInvite = calendarOf(booked, first.entry().leader().email());
        VEvent slotEvent = slotInvite.getEvents().get(0);
        assertThat(slotEvent.getUid().getValue()).isEqualTo("demo-day-" + day.id() + "-slot-" + early.id()
                + "@opencontest");
        assertThat(slotEvent.getDateStart().getValue().toInstant()).isEqualTo(early.starts());
        assertThat(slotEvent.getDateEnd().getValue().toInstant()).isEqualTo(early.ends());
        assertThat(slotEvent.getSummary().getValue()).contains("Guiyang Demo Day", "presentation of");
        // the leader's profile zone, or the demo day's when the account has none to give
        ZoneId leaderZone = directory.zonesByEmail(List.of(first.entry().leader().email()))
                .getOrDefault(first.entry().leader().email(), ZoneId.of("Asia/Shanghai"));
        assertThat(rawCalendarOf(booked)).contains("TZID:" + leaderZone.getId());
        assertThat(textOf(booked)).contains("(" + leaderZone.getId() + ")", "/demo-days/" + day.id());
        assertThat(smtp.receivedMessagesFor(second.entry().leader().email()).stream().map(m -> subject(m)))
                .as("the other team's booking is its own mail").contains("Your presentation at Guiyang Demo Day is "
                        + "booked");
    }

    @Test
    void anInvitationBeforeAnySlotSaysTheTimesFollowAndCarriesNoCalendar() throws Exception {
        Setup s = listed("Demo untimed");
        AppPrincipal partner = partner("untimed", NEW_YORK);
        DemoDays.Summary day = as(s.incubator(), () -> demoDays.create("Untimed Demo Day", "Guiyang",
                ZoneId.of("Asia/Shanghai")));
        as(s.incubator(), () -> {
            demoDays.invitePartner(day.id(), partner.email());
            return null;
        });
        MimeMessage invited = mail(partner.email(), "Invitation: Untimed Demo Day");
        assertThat(textOf(invited)).contains("not scheduled yet", "/demo-days/" + day.id());
        assertThat(calendarParts(invited)).isEmpty();
    }

    // ----- helpers ------------------------------------------------------------------------------------------------

    private Setup listed(String title) {
        Setup s = fixtures.setUp(title + " " + UUID.randomUUID().toString().substring(0, 6), fixtures.today(), true);
        as(s.entry().leader(), () -> projects.listForPartners(s.projectId(), s.project().version(), true,
                "Guiyang", "Bus GPS 2025"));
        return s;
    }

    private AppPrincipal partner(String prefix, ZoneId zone) {
        return signUp(prefix, zone, EnumSet.of(Role.PARTNER));
    }

    private AppPrincipal signUp(String prefix, ZoneId zone, EnumSet<Role> roles) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = accounts.signUp(new SignUpRequest(email, prefix + " partner", "Yangtze Ventures",
                "river-levels-2027", "river-levels-2027", Locale.ENGLISH, zone));
        if (roles.contains(Role.PARTNER)) {
            long request = as(new AppPrincipal(id, email, prefix + " partner", "", EnumSet.of(Role.PARTICIPANT),
                    Locale.ENGLISH, zone, true, false), () -> roleRequests.request(Role.PARTNER, "Yangtze Ventures",
                    "Investing.")).id();
            as(realAdmin(), () -> roleRequests.approve(request));
        }
        return new AppPrincipal(id, email, prefix + " partner", "", roles, Locale.ENGLISH, zone, true, false);
    }

    /** An administrator with an account row (decisions reference the decider). */
    private AppPrincipal realAdmin() {
        String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = accounts.signUp(new SignUpRequest(email, "Admin", "OpenContest", "river-levels-2027",
                "river-levels-2027", Locale.ENGLISH, NEW_YORK));
        as(person(Role.ADMIN), () -> administration.updateAccess(id, administration.get(id).version(),
                EnumSet.of(Role.ADMIN), true));
        return new AppPrincipal(id, email, "Admin", "", EnumSet.of(Role.ADMIN), Locale.ENGLISH, NEW_YORK, true, false);
    }

    private static String ics(LocalDateTime local) {
        return local.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
    }

    private String mailText(String address, String subjectPart) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.receivedMessagesFor(address).stream()
                .anyMatch(mail -> subject(mail).contains(subjectPart)));
        return smtp.receivedMessagesFor(address).stream().filter(mail -> subject(mail).contains(subjectPart))
                .map(mail -> subject(mail) + "\n" + body(mail)).collect(Collectors.joining("\n---\n"));
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage mail) {
        try {
            return textOf(mail);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MimeMessage mail(String address, String subject) {
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.receivedMessagesFor(address).stream()
                .anyMatch(mail -> subject(mail).equals(subject)));
        return smtp.receivedMessagesFor(address).stream().filter(mail -> subject(mail).equals(subject)).findFirst()
                .orElseThrow();
    }

    /**
     * The mail's one invitation, checked strictly: a {@code text/calendar; method=REQUEST} alternative and the same
     * text attached as {@code invite.ics}, parsed by biweekly: METHOD:REQUEST, one event, the recipient its attendee.
     */
    private static ICalendar calendarOf(MimeMessage mail, String recipient) throws Exception {
        List<Part> parts = calendarParts(mail);
        assertThat(parts).hasSize(2);
        Part inline = parts.get(0);
        assertThat(inline.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(inline.getDisposition()).isNull();
        Part attached = parts.get(1);
        assertThat(attached.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
        assertThat(attached.getFileName()).isEqualTo("invite.ics");
        String text = read(inline);
        assertThat(read(attached)).isEqualTo(text);
        assertThat(text).as("iTIP REQUEST (RFC 5546) with the attendee, no reply asked for").contains("METHOD:REQUEST",
                "ROLE=REQ-PARTICIPANT", "PARTSTAT=NEEDS-ACTION", "RSVP=FALSE", "ORGANIZER", "SEQUENCE:0");
        List<ICalendar> calendars = Biweekly.parse(text).all();
        assertThat(calendars).hasSize(1);
        ICalendar calendar = calendars.get(0);
        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(calendar.getEvents()).hasSize(1);
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getOrganizer().getEmail()).contains("@");
        assertThat(event.getDateTimeStamp()).isNotNull();
        assertThat(event.getAttendees()).singleElement()
                .satisfies(attendee -> assertThat(attendee.getEmail()).isEqualTo(recipient));
        return calendar;
    }

    private static String rawCalendarOf(MimeMessage mail) throws Exception {
        return read(calendarParts(mail).get(0));
    }

    private static List<Part> calendarParts(Part part) throws Exception {
        List<Part> found = new java.util.ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(calendarParts(multipart.getBodyPart(i)));
            }
        } else if (part.isMimeType("text/calendar") || part.isMimeType("application/ics")) {
            found.add(part);
        }
        return found;
    }

    private static String read(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.getMessageKey()).isEqualTo(key));
    }
}
