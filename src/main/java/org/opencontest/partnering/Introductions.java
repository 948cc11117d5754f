package org.opencontest.partnering;

import org.opencontest.partnering.internal.PartnerProfile;
import org.opencontest.partnering.internal.PartnerProfileRepository;
import org.opencontest.partnering.internal.Introduction;
import org.opencontest.partnering.internal.IntroductionStatus;
import org.opencontest.partnering.internal.IntroductionRepository;
import org.opencontest.partnering.internal.PartnerMails;
import org.opencontest.shared.text.PlainText;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.account.UserContact;
import org.opencontest.account.UserDirectory;
import org.opencontest.audit.AuditLog;
import org.opencontest.incubation.IncubationProjects;
import org.opencontest.incubation.PeriodRow;
import org.opencontest.incubation.ShowcaseProjects;
import org.opencontest.incubation.Stage;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Introductions between partners and incubated teams. A partner asks (who, why) to meet a project listed for
 * partners; the team sees the request and accepts or declines. Only acceptance exchanges contacts: the partner then
 * sees the answering member's name and address, the team sees the partner's, and both get a mail. Until then, and
 * after a decline, neither side's address is in anything the other side receives.
 */
@Service
public class Introductions {

    static final int MAX_MESSAGE = 2000;

    private final IntroductionRepository introductions;
    private final PartnerProfileRepository profiles;
    private final ShowcaseProjects showcase;
    private final IncubationProjects projects;
    private final PartnerMails mails;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;

    Introductions(IntroductionRepository introductions, PartnerProfileRepository profiles, ShowcaseProjects showcase,
                  IncubationProjects projects, PartnerMails mails, UserDirectory users, AuditLog audit,
                  Clock clock) {
        this.users = users;
        this.introductions = introductions;
        this.profiles = profiles;
        this.showcase = showcase;
        this.projects = projects;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** The partner's view: the team's contact only once the team accepted. */
    public record PartnerSide(long id, long projectId, LocalizedText project, String teamName, Stage stage,
                              String message, IntroductionStatus status, Instant requestedAt, Instant answeredAt,
                              String teamContactName, String teamContactEmail) implements Serializable {
    }

    /** The team's view: the partner's address only once the team accepted. */
    public record TeamSide(long id, long projectId, LocalizedText project, String partnerName,
                           PartnerKind partnerKind, String organisation, String interests, String message,
                           IntroductionStatus status, Instant requestedAt, String partnerEmail,
                           IntroductionOutcome outcome, LocalDate outcomePeriod) implements Serializable {
    }

    @RolesAllowed(Roles.PARTNER)
    @Transactional
    public PartnerSide request(long projectId, String message) {
        AppPrincipal me = CurrentUser.require();
        ShowcaseProjects.Entry project = showcase.listed(projectId).orElseThrow(NotFoundException::new);
        PartnerProfile profile = profiles.findByUserId(me.userId())
                .orElseThrow(() -> new UserFacingException("partnering.introduction.error.profile"));
        String why = PlainText.required(message, "partnering.introduction.message", MAX_MESSAGE);
        if (introductions.existsByPartnerIdAndProjectIdAndStatus(me.userId(), projectId,
                IntroductionStatus.REQUESTED)) {
            throw new UserFacingException("partnering.introduction.error.duplicate");
        }
        Introduction introduction;
        try {
            introduction = introductions.saveAndFlush(new Introduction(me.userId(), me.displayName(), me.email(),
                    projectId, project.contestId(), why, clock.instant()));
        } catch (DataIntegrityViolationException doubleSubmit) {
            throw new UserFacingException("partnering.introduction.error.duplicate");
        }
        audit.record("partnering.introduction.requested", "incubation-project:" + projectId,
                "introduction:" + introduction.getId());
        mails.toTeam(project.teamId(), "introduction-requested", Map.of("partner", me.displayName(),
                "organisation", profile.getOrganisation(), "introductionId", introduction.getId().toString(),
                "link", mails.link("/incubation/introductions")));
        return partnerSide(introduction, project);
    }

    @RolesAllowed(Roles.PARTNER)
    @Transactional(readOnly = true)
    public List<PartnerSide> mine() {
        List<Introduction> mine = introductions.findByPartnerIdOrderByCreatedAtDesc(CurrentUser.requireId());
        Map<Long, ShowcaseProjects.Entry> shown = byId(showcase.listed(mine.stream()
                .map(Introduction::getProjectId).collect(Collectors.toSet())));
        return mine.stream().map(i -> partnerSide(i, shown.get(i.getProjectId()))).toList();
    }

    /** The requests to the caller's teams' projects, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TeamSide> forMyTeams() {
        List<Long> mine = showcase.myProjectIds();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Introduction> found = introductions.findByProjectIdInOrderByCreatedAtDesc(mine);
        Map<Long, ShowcaseProjects.Entry> shown = byId(showcase.listed(found.stream()
                .map(Introduction::getProjectId).collect(Collectors.toSet())));
        Map<Long, PartnerProfile> partners = profiles.findByUserIdIn(found.stream().map(Introduction::getPartnerId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(PartnerProfile::getUserId,
                Function.identity()));
        return found.stream().map(i -> teamSide(i, shown.get(i.getProjectId()), partners.get(i.getPartnerId())))
                .toList();
    }

    /** The team's answer; accepting exchanges contacts and tells both sides. Others get "not found". */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TeamSide answer(long introductionId, boolean accept) {
        Introduction introduction = forMyTeam(introductionId);
        AppPrincipal me = CurrentUser.require();
        introduction.answer(accept, me.userId(), me.displayName(), me.email(), clock.instant());
        introductions.saveAndFlush(introduction);
        ShowcaseProjects.Entry project = showcase.listed(introduction.getProjectId()).orElse(null);
        String title = project == null ? "" : project.title().en();
        audit.record(accept ? "partnering.introduction.accepted" : "partnering.introduction.declined",
                "incubation-project:" + introduction.getProjectId(), "introduction:" + introductionId);
        String id = Long.toString(introductionId);
        UserContact partner = users.enabledContacts(List.of(introduction.getPartnerId()))
                .get(introduction.getPartnerId());
        Locale partnerLocale = partner == null ? null : partner.locale();
        if (accept) {
            mails.toPerson(introduction.getPartnerEmail(), introduction.getPartnerName(), partnerLocale,
                    "introduction-accepted", Map.of("project", title, "contact", me.displayName(),
                            "email", me.email(), "introductionId", id, "link", mails.link("/partners/introductions")));
            if (project != null) {
                mails.toTeam(project.teamId(), "introduction-contact", Map.of("partner",
                        introduction.getPartnerName(), "email", introduction.getPartnerEmail(), "project", title,
                        "introductionId", id, "link", mails.link("/incubation/introductions")));
            }
        } else {
            mails.toPerson(introduction.getPartnerEmail(), introduction.getPartnerName(), partnerLocale,
                    "introduction-declined", Map.of("project", title, "introductionId", id,
                            "link", mails.link("/partners/introductions")));
        }
        return teamSide(introduction, project, profiles.findByUserId(introduction.getPartnerId()).orElse(null));
    }

    /**
     * Links an accepted introduction to what it led to, as reported in one of the project's filed check-ins
     * (funding raised, or a government adoption); null clears the link.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TeamSide linkOutcome(long introductionId, IntroductionOutcome outcome, LocalDate checkInPeriod) {
        Introduction introduction = forMyTeam(introductionId);
        if (introduction.getStatus() != IntroductionStatus.ACCEPTED) {
            throw new UserFacingException("partnering.outcome.error.notAccepted");
        }
        if (outcome != null) {
            Set<LocalDate> filed = projects.project(introduction.getProjectId()).periods().stream()
                    .filter(row -> row.status() != null).map(row -> row.period().start()).collect(Collectors.toSet());
            if (checkInPeriod == null || !filed.contains(checkInPeriod)) {
                throw new UserFacingException("partnering.outcome.error.period");
            }
        }
        introduction.linkOutcome(outcome, checkInPeriod);
        introductions.saveAndFlush(introduction);
        audit.record("partnering.introduction.outcome", "incubation-project:" + introduction.getProjectId(),
                "introduction:" + introductionId + " " + outcome + " " + checkInPeriod);
        return teamSide(introduction, showcase.listed(introduction.getProjectId()).orElse(null),
                profiles.findByUserId(introduction.getPartnerId()).orElse(null));
    }

    /** The filed check-in periods of a project the caller's team runs, to link an outcome to. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LocalDate> filedPeriods(long projectId) {
        if (!showcase.myProjectIds().contains(projectId)) {
            throw new NotFoundException();
        }
        return projects.project(projectId).periods().stream().filter(row -> row.status() != null)
                .map(PeriodRow::period).map(period -> period.start()).toList();
    }

    private Introduction forMyTeam(long introductionId) {
        Introduction introduction = introductions.findById(introductionId).orElseThrow(NotFoundException::new);
        if (!showcase.myProjectIds().contains(introduction.getProjectId())) {
            throw new NotFoundException();
        }
        return introduction;
    }

    private static Map<Long, ShowcaseProjects.Entry> byId(List<ShowcaseProjects.Entry> entries) {
        return entries.stream().collect(Collectors.toMap(ShowcaseProjects.Entry::projectId, Function.identity()));
    }

    private static PartnerSide partnerSide(Introduction i, ShowcaseProjects.Entry project) {
        boolean accepted = i.getStatus() == IntroductionStatus.ACCEPTED;
        return new PartnerSide(i.getId(), i.getProjectId(), project == null ? null : project.title(),
                project == null ? null : project.teamName(), project == null ? null : project.stage(),
                i.getMessage(), i.getStatus(), i.getCreatedAt(), i.getAnsweredAt(),
                accepted ? i.getAnsweredName() : null, accepted ? i.getAnsweredEmail() : null);
    }

    private static TeamSide teamSide(Introduction i, ShowcaseProjects.Entry project, PartnerProfile profile) {
        boolean accepted = i.getStatus() == IntroductionStatus.ACCEPTED;
        return new TeamSide(i.getId(), i.getProjectId(), project == null ? null : project.title(),
                i.getPartnerName(), profile == null ? null : profile.getKind(),
                profile == null ? null : profile.getOrganisation(), profile == null ? null : profile.getInterests(),
                i.getMessage(), i.getStatus(), i.getCreatedAt(), accepted ? i.getPartnerEmail() : null,
                i.getOutcome(), i.getOutcomePeriod());
    }
}
