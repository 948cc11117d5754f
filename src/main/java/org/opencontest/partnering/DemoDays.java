package org.opencontest.partnering;

import org.opencontest.partnering.internal.DemoDay;
import org.opencontest.partnering.internal.DemoDaySlot;
import org.opencontest.partnering.internal.DemoDayBooking;
import org.opencontest.partnering.internal.DemoDayInvite;
import org.opencontest.partnering.internal.DemoDayRepository;
import org.opencontest.partnering.internal.DemoDaySlotRepository;
import org.opencontest.partnering.internal.DemoDayBookingRepository;
import org.opencontest.partnering.internal.DemoDayInviteRepository;
import org.opencontest.partnering.internal.DemoDayInvitation;
import org.opencontest.partnering.internal.PartnerMails;
import org.opencontest.shared.text.PlainText;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.account.DirectoryEntry;
import org.opencontest.account.UserContact;
import org.opencontest.account.UserDirectory;
import org.opencontest.audit.AuditLog;
import org.opencontest.incubation.ShowcaseProjects;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.time.CalendarFile;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo days: an incubator or organiser schedules the event with time slots and invites listed projects (their teams)
 * and partners; an invited team books one free slot (the database refuses a second booking of a slot or a second
 * slot for a project, so a race ends with a clear message); everyone invited downloads a calendar invitation in their
 * own time zone. People who are neither the organiser nor invited get "not found".
 */
@Service
public class DemoDays {

    static final int MAX_TITLE = 200;
    static final int MAX_LOCATION = 300;
    static final int MAX_SLOT_MINUTES = 240;
    /** The organiser of an invitation whose scheduler's account is gone (disabled): nobody to reply to. */
    static final String DEFAULT_ORGANIZER_EMAIL = "noreply@opencontest.invalid";

    private final DemoDayRepository days;
    private final DemoDaySlotRepository slots;
    private final DemoDayBookingRepository bookings;
    private final DemoDayInviteRepository invites;
    private final ShowcaseProjects showcase;
    private final UserDirectory users;
    private final PartnerMails mails;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    DemoDays(DemoDayRepository days, DemoDaySlotRepository slots, DemoDayBookingRepository bookings,
             DemoDayInviteRepository invites, ShowcaseProjects showcase, UserDirectory users, PartnerMails mails,
             MessageSource messages, AuditLog audit, Clock clock) {
        this.days = days;
        this.slots = slots;
        this.bookings = bookings;
        this.invites = invites;
        this.showcase = showcase;
        this.users = users;
        this.mails = mails;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    public record Summary(long id, String title, String location, ZoneId zone) implements Serializable {
    }

    /** @param projectId the booking project, or null while free */
    public record Slot(long id, Instant starts, Instant ends, Long projectId, LocalizedText project)
            implements Serializable {
    }

    /**
     * @param manage         the caller scheduled it (or is an administrator)
     * @param bookableFor    the caller's invited projects that have not booked yet
     * @param invitedProjects titles of the invited projects
     * @param invitedPartners names of the invited partners
     */
    public record Detail(Summary summary, List<Slot> slots, boolean manage, List<Long> bookableFor,
                         List<LocalizedText> invitedProjects, List<String> invitedPartners) implements Serializable {
    }

    @RolesAllowed({Roles.INCUBATOR, Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public Summary create(String title, String location, ZoneId zone) {
        String name = PlainText.required(title, "partnering.demoDay.name", MAX_TITLE);
        String where = PlainText.required(location, "partnering.demoDay.location", MAX_LOCATION);
        if (zone == null) {
            throw new UserFacingException("partnering.demoDay.error.zone");
        }
        DemoDay day = days.saveAndFlush(new DemoDay(name, where, zone, CurrentUser.requireId(), clock.instant()));
        audit.record("partnering.demoDay.created", "demo-day:" + day.getId(), name);
        return summary(day);
    }

    /** A slot starting at a local time in the demo day's zone, in the future, not overlapping another slot. */
    @RolesAllowed({Roles.INCUBATOR, Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public Slot addSlot(long dayId, LocalDateTime start, int minutes) {
        DemoDay day = managed(dayId);
        if (start == null || minutes < 5 || minutes > MAX_SLOT_MINUTES) {
            throw new UserFacingException("partnering.demoDay.error.slot", MAX_SLOT_MINUTES);
        }
        Instant starts = start.atZone(day.getZone()).toInstant();
        Instant ends = starts.plusSeconds(minutes * 60L);
        if (!starts.isAfter(clock.instant())) {
            throw new UserFacingException("partnering.demoDay.error.past");
        }
        boolean overlaps = slots.findByDemoDayIdOrderByStartsAtAsc(dayId).stream()
                .anyMatch(other -> other.getStartsAt().isBefore(ends) && starts.isBefore(other.getEndsAt()));
        if (overlaps) {
            throw new UserFacingException("partnering.demoDay.error.overlap");
        }
        DemoDaySlot slot = slots.saveAndFlush(new DemoDaySlot(dayId, starts, ends));
        return new Slot(slot.getId(), starts, ends, null, null);
    }

    /** Invites a project listed for partners; its team is told by mail. */
    @RolesAllowed({Roles.INCUBATOR, Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void inviteProject(long dayId, long projectId) {
        DemoDay day = managed(dayId);
        ShowcaseProjects.Entry project = showcase.listed(projectId).orElseThrow(NotFoundException::new);
        if (invites.findByDemoDayId(dayId).stream().anyMatch(i -> Long.valueOf(projectId).equals(i.getProjectId()))) {
            return;
        }
        invites.saveAndFlush(DemoDayInvite.project(dayId, projectId));
        DemoDayInvitation invitation = dayInvitation(day).orElse(null);
        mails.toTeam(project.teamId(), invitationTemplate(invitation), invitationModel(day), invitation);
    }

    /** Invites a PARTNER account by address; other addresses are refused with the reason. */
    @RolesAllowed({Roles.INCUBATOR, Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void invitePartner(long dayId, String email) {
        DemoDay day = managed(dayId);
        DirectoryEntry partner = users.findByEmail(email == null ? "" : email.strip())
                .filter(entry -> entry.roles().contains(Role.PARTNER))
                .orElseThrow(() -> new UserFacingException("partnering.demoDay.error.notPartner"));
        if (invites.findByDemoDayId(dayId).stream().anyMatch(i -> Long.valueOf(partner.id()).equals(i.getUserId()))) {
            return;
        }
        invites.saveAndFlush(DemoDayInvite.partner(dayId, partner.id()));
        DemoDayInvitation invitation = dayInvitation(day).orElse(null);
        mails.toPerson(partner.email(), partner.displayName(), partner.locale(), invitationTemplate(invitation),
                invitationModel(day), invitation);
    }

    /**
     * The invitation mail carries the demo day (its first slot to its last) as a calendar invitation; before any slot
     * exists it has no time to carry, and its text says that the times follow on the page.
     */
    private static String invitationTemplate(DemoDayInvitation invitation) {
        return invitation == null ? "demo-day-invitation-untimed" : "demo-day-invitation";
    }

    private Map<String, String> invitationModel(DemoDay day) {
        return Map.of("demoDay", day.getTitle(), "location", day.getLocation(), "demoDayId",
                Long.toString(day.getId()), "link", mails.link("/demo-days/" + day.getId()));
    }

    /** The whole demo day as an invitation, with the UID of the downloaded file; empty while it has no slot. */
    private Optional<DemoDayInvitation> dayInvitation(DemoDay day) {
        List<DemoDaySlot> all = slots.findByDemoDayIdOrderByStartsAtAsc(day.getId());
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Instant last = all.stream().map(DemoDaySlot::getEndsAt).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(invitation(day, dayUid(day.getId()), all.get(0).getStartsAt(), last, null));
    }

    private DemoDayInvitation invitation(DemoDay day, String uid, Instant starts, Instant ends, LocalizedText project) {
        UserContact organizer = users.enabledContacts(List.of(day.getCreatedBy())).get(day.getCreatedBy());
        return new DemoDayInvitation(uid, starts, ends, clock.instant(), day.getTitle(), day.getLocation(),
                mails.link("/demo-days/" + day.getId()), project == null ? null : project.en(),
                project == null ? null : project.zh(),
                organizer == null ? DEFAULT_ORGANIZER_EMAIL : organizer.email(),
                organizer == null ? day.getTitle() : organizer.displayName(), day.getZone().getId());
    }

    static String dayUid(long dayId) {
        return "demo-day-" + dayId + "@opencontest";
    }

    static String slotUid(long dayId, long slotId) {
        return "demo-day-" + dayId + "-slot-" + slotId + "@opencontest";
    }

    /** The demo days the caller scheduled or is invited to (all for administrators), newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Summary> mine() {
        if (CurrentUser.isAdmin()) {
            return days.findAllByOrderByCreatedAtDesc().stream().map(DemoDays::summary).toList();
        }
        long me = CurrentUser.requireId();
        Set<Long> ids = new HashSet<>();
        invites.findByUserId(me).forEach(i -> ids.add(i.getDemoDayId()));
        List<Long> projects = showcase.myProjectIds();
        if (!projects.isEmpty()) {
            invites.findByProjectIdIn(projects).forEach(i -> ids.add(i.getDemoDayId()));
        }
        List<DemoDay> found = new ArrayList<>(ids.isEmpty() ? List.of() : days.findByIdInOrderByCreatedAtDesc(ids));
        days.findAllByOrderByCreatedAtDesc().stream().filter(d -> d.getCreatedBy() == me && !ids.contains(d.getId()))
                .forEach(found::add);
        return found.stream().sorted(Comparator.comparing(DemoDay::getId).reversed()).map(DemoDays::summary)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Detail detail(long dayId) {
        DemoDay day = visible(dayId);
        List<DemoDayInvite> invited = invites.findByDemoDayId(dayId);
        Map<Long, Long> bookedBy = bookings.findByDemoDayId(dayId).stream()
                .collect(Collectors.toMap(DemoDayBooking::getSlotId, DemoDayBooking::getProjectId));
        Set<Long> invitedProjectIds = invited.stream().map(DemoDayInvite::getProjectId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, ShowcaseProjects.Entry> projects = showcase.listed(invitedProjectIds).stream()
                .collect(Collectors.toMap(ShowcaseProjects.Entry::projectId, Function.identity()));
        List<Slot> list = slots.findByDemoDayIdOrderByStartsAtAsc(dayId).stream().map(slot -> {
            Long project = bookedBy.get(slot.getId());
            return new Slot(slot.getId(), slot.getStartsAt(), slot.getEndsAt(), project,
                    project == null || !projects.containsKey(project) ? null : projects.get(project).title());
        }).toList();
        Set<Long> booked = new HashSet<>(bookedBy.values());
        List<Long> bookable = showcase.myProjectIds().stream().filter(invitedProjectIds::contains)
                .filter(id -> !booked.contains(id)).toList();
        Map<Long, String> partnerNames = users.displayNames(invited.stream().map(DemoDayInvite::getUserId)
                .filter(java.util.Objects::nonNull).toList());
        return new Detail(summary(day), list, canManage(day), bookable,
                projects.values().stream().map(ShowcaseProjects.Entry::title).toList(),
                partnerNames.values().stream().sorted().toList());
    }

    /** Books a free slot for an invited project of the caller's team. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Slot book(long dayId, long slotId, long projectId) {
        visible(dayId);
        if (!showcase.myProjectIds().contains(projectId) || invites.findByDemoDayId(dayId).stream()
                .noneMatch(i -> Long.valueOf(projectId).equals(i.getProjectId()))) {
            throw new NotFoundException();
        }
        DemoDaySlot slot = slots.findById(slotId).filter(s -> s.getDemoDayId() == dayId)
                .orElseThrow(NotFoundException::new);
        List<DemoDayBooking> existing = bookings.findByDemoDayId(dayId);
        if (existing.stream().anyMatch(b -> b.getProjectId() == projectId)) {
            throw new UserFacingException("partnering.demoDay.error.alreadyBooked");
        }
        if (existing.stream().anyMatch(b -> b.getSlotId() == slotId)) {
            throw new UserFacingException("partnering.demoDay.error.slotTaken");
        }
        ShowcaseProjects.Entry project = showcase.listed(projectId).orElseThrow(NotFoundException::new);
        try {
            bookings.saveAndFlush(new DemoDayBooking(dayId, slotId, projectId, project.contestId(),
                    CurrentUser.requireId(), clock.instant()));
        } catch (DataIntegrityViolationException raceForTheSlot) {
            throw new UserFacingException("partnering.demoDay.error.slotTaken");
        }
        audit.record("partnering.demoDay.booked", "demo-day:" + dayId, "slot:" + slotId + " project:" + projectId);
        DemoDay day = days.findById(dayId).orElseThrow(NotFoundException::new);
        mails.toTeam(project.teamId(), "demo-day-booked", Map.of("demoDay", day.getTitle(),
                "location", day.getLocation(), "demoDayId", Long.toString(dayId), "slotId", Long.toString(slotId),
                "link", mails.link("/demo-days/" + dayId)), invitation(day, slotUid(dayId, slotId),
                slot.getStartsAt(), slot.getEndsAt(), project.title()));
        return new Slot(slotId, slot.getStartsAt(), slot.getEndsAt(), projectId, project.title());
    }

    /**
     * The invitation as an iCalendar file in the caller's time zone: the demo day from its first slot to its last,
     * and each booked presentation of the caller's teams.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String invitation(long dayId, Locale locale) {
        AppPrincipal me = CurrentUser.require();
        Detail detail = detail(dayId);
        List<CalendarFile.Event> events = new ArrayList<>();
        String link = mails.link("/demo-days/" + dayId);
        if (!detail.slots().isEmpty()) {
            events.add(new CalendarFile.Event(dayUid(dayId), detail.slots().get(0).starts(),
                    detail.slots().get(detail.slots().size() - 1).ends(), detail.summary().title(),
                    messages.getMessage("partnering.ics.description", new Object[] {detail.summary().location(), link},
                            locale), link, detail.summary().location()));
        }
        Set<Long> mine = new HashSet<>(showcase.myProjectIds());
        for (Slot slot : detail.slots()) {
            if (slot.projectId() != null && mine.contains(slot.projectId())) {
                events.add(new CalendarFile.Event(slotUid(dayId, slot.id()),
                        slot.starts(), slot.ends(), messages.getMessage("partnering.ics.slot",
                        new Object[] {detail.summary().title(), slot.project() == null ? "" : slot.project().in(locale)},
                        locale), null, link, detail.summary().location()));
            }
        }
        return CalendarFile.write("-//OpenContest//Demo day//EN", detail.summary().title(), clock.instant(), events,
                me.zone());
    }

    private DemoDay managed(long dayId) {
        DemoDay day = days.findById(dayId).orElseThrow(NotFoundException::new);
        if (!canManage(day)) {
            throw new NotFoundException();
        }
        return day;
    }

    private DemoDay visible(long dayId) {
        DemoDay day = days.findById(dayId).orElseThrow(NotFoundException::new);
        if (canManage(day)) {
            return day;
        }
        List<DemoDayInvite> invited = invites.findByDemoDayId(dayId);
        long me = CurrentUser.requireId();
        Set<Long> mine = new HashSet<>(showcase.myProjectIds());
        if (invited.stream().noneMatch(i -> Long.valueOf(me).equals(i.getUserId())
                || i.getProjectId() != null && mine.contains(i.getProjectId()))) {
            throw new NotFoundException();
        }
        return day;
    }

    private static boolean canManage(DemoDay day) {
        return CurrentUser.isAdmin() || CurrentUser.get().map(p -> p.userId() == day.getCreatedBy()).orElse(false);
    }

    private static Summary summary(DemoDay day) {
        return new Summary(day.getId(), day.getTitle(), day.getLocation(), day.getZone());
    }
}
