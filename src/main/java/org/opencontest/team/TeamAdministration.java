package org.opencontest.team;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.csv.SpreadsheetCsv;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.OffsetPageRequest;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.team.internal.Constraints;
import org.opencontest.team.internal.Member;
import org.opencontest.team.internal.MemberRepository;
import org.opencontest.team.internal.Question;
import org.opencontest.team.internal.QuestionRepository;
import org.opencontest.team.internal.Registrations;
import org.opencontest.team.internal.RegistrationSettings;
import org.opencontest.team.internal.RegistrationSettingsRepository;
import org.opencontest.team.internal.Team;
import org.opencontest.team.internal.TeamMails;
import org.opencontest.team.internal.TeamMessage;
import org.opencontest.team.internal.TeamMessageRepository;
import org.opencontest.team.internal.TeamRepository;
import org.opencontest.team.internal.TeamSpecifications;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams for the contest's organisers (and administrators): registration settings and eligibility questions, the
 * team list with filters, details, approval decisions, disqualification, CSV export and messages to teams. A contest
 * or team the caller does not organise answers {@link NotFoundException}, like a missing one. Decisions quote the
 * team version the organiser saw and are recorded in the audit trail.
 */
@Service
public class TeamAdministration {

    static final String APPROVED = "team.approved";
    static final String REJECTED = "team.rejected";
    static final String DISQUALIFIED = "team.disqualified";
    static final String SETTINGS_CHANGED = "team.settings.changed";
    static final int MAX_REASON = 2000;
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 5000;
    private static final int MAX_RULES_VERSION = 40;
    private static final int MAX_PROMPT = 500;
    private static final int MAX_CHOICE = 200;
    private static final Sort DEFAULT_ORDER = Sort.by(Sort.Direction.DESC, "createdAt");
    private static final Set<String> SORTABLE = Set.of("name", "status", "memberCount", "createdAt");

    private final Registrations registrations;
    private final TeamRepository teams;
    private final MemberRepository members;
    private final RegistrationSettingsRepository settings;
    private final QuestionRepository questions;
    private final TeamMessageRepository messages;
    private final ContestService contests;
    private final TeamMails mails;
    private final AuditLog audit;
    private final Clock clock;

    TeamAdministration(Registrations registrations, TeamRepository teams, MemberRepository members,
                       RegistrationSettingsRepository settings, QuestionRepository questions,
                       TeamMessageRepository messages, ContestService contests, TeamMails mails, AuditLog audit,
                       Clock clock) {
        this.registrations = registrations;
        this.teams = teams;
        this.members = members;
        this.settings = settings;
        this.questions = questions;
        this.messages = messages;
        this.contests = contests;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    // ----- settings and questions -------------------------------------------------------------------------------

    /** The contest, its registration settings and questions, and how many teams have each status. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public ContestTeams overview(long contestId) {
        requireManaged(contestId);
        Map<TeamStatus, Long> counts = new EnumMap<>(TeamStatus.class);
        for (TeamStatus status : TeamStatus.values()) {
            counts.put(status, teams.countByContestIdAndStatus(contestId, status));
        }
        return new ContestTeams(contests.page(contestId), registrations.settings(contestId),
                registrations.questions(contestId), counts);
    }

    /** The contest's registration settings (the defaults until the organiser saves them). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public TeamSettings settings(long contestId) {
        requireManaged(contestId);
        return registrations.settings(contestId);
    }

    /**
     * Saves the registration settings, quoting the version they were loaded with. The merge deadline may not lie
     * after the lock instant: merging changes membership.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TeamSettings saveSettings(TeamSettings changed) {
        requireManaged(changed.contestId());
        return store(changed);
    }

    /**
     * Saves settings and eligibility questions together (one version guards both). Questions are kept in the given
     * order; those left out are deleted with their answers. Each question needs an English prompt (the Chinese one
     * falls back to it), a choice question at least two distinct options, and a required answer that is possible.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TeamSettings saveRegistration(TeamSettings changed, List<EligibilityQuestion> asked) {
        requireManaged(changed.contestId());
        List<EligibilityQuestion> checked = asked.stream().map(TeamAdministration::checkQuestion).toList();
        TeamSettings saved = store(changed);
        Map<Long, Question> existing = questions.findByContestIdOrderByPositionAscIdAsc(changed.contestId()).stream()
                .collect(Collectors.toMap(Question::getId, Function.identity()));
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < checked.size(); i++) {
            EligibilityQuestion question = checked.get(i);
            Question row = question.id() == null ? new Question(changed.contestId()) : existing.get(question.id());
            if (row == null) {
                throw new UserFacingException("error.concurrentEdit");
            }
            row.change(i, question.kind(), new LocalizedText(question.promptEn(), question.promptZh()),
                    question.choices().isEmpty() ? null : String.join("\n", question.choices()),
                    question.required(), question.requiredAnswer());
            kept.add(questions.save(row).getId());
        }
        existing.values().stream().filter(row -> !kept.contains(row.getId())).forEach(questions::delete);
        questions.flush();
        return saved;
    }

    // ----- the team list ----------------------------------------------------------------------------------------

    /** A page of the contest's teams matching the query, newest first unless the page asks for another order. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<TeamRow> find(long contestId, TeamQuery query, Pageable pageable) {
        ContestPage contest = managedContest(contestId);
        boolean sortable = pageable.getSort().stream().allMatch(order -> SORTABLE.contains(order.getProperty()));
        Pageable ordered = new OffsetPageRequest(pageable.getOffset(), pageable.getPageSize(),
                pageable.getSort().isSorted() && sortable ? pageable.getSort().and(DEFAULT_ORDER) : DEFAULT_ORDER);
        List<Team> page = teams.findAll(TeamSpecifications.matching(contestId, query, contest.teamSizeMin(),
                contest.teamSizeMax()), ordered).getContent();
        Map<Long, Long> leaderIds = page.stream().collect(Collectors.toMap(Team::getId, Team::getLeaderId));
        Map<Long, String> leaders = members.findByTeamIdIn(leaderIds.keySet()).stream()
                .filter(member -> leaderIds.get(member.getTeamId()) == member.getUserId())
                .collect(Collectors.toMap(Member::getTeamId, Member::getDisplayName));
        return page.stream().map(team -> new TeamRow(team.getId(), team.getName(), team.getStatus(),
                team.getTrackId(), team.getMemberCount(), team.isSolo(), leaders.getOrDefault(team.getId(), ""),
                team.getCreatedAt())).toList();
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long count(long contestId, TeamQuery query) {
        ContestPage contest = managedContest(contestId);
        return teams.count(TeamSpecifications.matching(contestId, query, contest.teamSizeMin(),
                contest.teamSizeMax()));
    }

    /** The team with its members and their eligibility answers. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public TeamDetail detail(long teamId) {
        return registrations.detail(managed(teamId));
    }

    // ----- decisions --------------------------------------------------------------------------------------------

    /** Approves a pending (or earlier rejected) team and tells its members. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TeamDetail approve(long teamId, long expectedVersion) {
        Team team = managed(teamId, expectedVersion);
        requireStatus(team, TeamStatus.PENDING, TeamStatus.REJECTED);
        return decide(team, TeamStatus.APPROVED, null, APPROVED, "approved");
    }

    /** Rejects a pending (or approved) team; the reason is mailed to every member. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TeamDetail reject(long teamId, long expectedVersion, String reason) {
        Team team = managed(teamId, expectedVersion);
        requireStatus(team, TeamStatus.PENDING, TeamStatus.APPROVED);
        return decide(team, TeamStatus.REJECTED, reason(reason), REJECTED, "rejected");
    }

    /** Disqualifies a team, for any status but disqualified; the reason is mailed and kept in the audit trail. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TeamDetail disqualify(long teamId, long expectedVersion, String reason) {
        Team team = managed(teamId, expectedVersion);
        requireStatus(team, TeamStatus.PENDING, TeamStatus.APPROVED, TeamStatus.REJECTED);
        return decide(team, TeamStatus.DISQUALIFIED, reason(reason), DISQUALIFIED, "disqualified");
    }

    // ----- export and messages ----------------------------------------------------------------------------------

    /**
     * All teams of the contest as CSV, one line per member with the eligibility answers in one column per
     * question; headers in the caller's language.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public byte[] exportCsv(long contestId, Locale locale) {
        ContestPage contest = managedContest(contestId);
        List<EligibilityQuestion> asked = registrations.questions(contestId);
        List<String> header = new ArrayList<>(List.of("team_id", "team", "status", "track", "solo", "members",
                "leader", "member", "email", "joined_at", "rules_version", "consented_at", "decision_reason"));
        asked.forEach(question -> header.add(question.prompt(locale)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetCsv csv = SpreadsheetCsv.to(out).row(header);
        Map<Long, String> tracks = contest.tracks().stream()
                .collect(Collectors.toMap(ContestPage.Track::id, track -> track.name().in(locale)));
        for (Team team : teams.findByContestIdOrderByCreatedAtAsc(contestId)) {
            for (TeamDetail.Member member : registrations.detail(team).members()) {
                List<String> line = new ArrayList<>(List.of(Long.toString(team.getId()), team.getName(),
                        team.getStatus().name(), team.getTrackId() == null ? "" : tracks.get(team.getTrackId()),
                        Boolean.toString(team.isSolo()), Integer.toString(team.getMemberCount()),
                        Boolean.toString(member.leader()), member.displayName(), member.email(),
                        member.joinedAt().toString(), Objects.toString(member.rulesVersion(), ""),
                        member.consentedAt().toString(), Objects.toString(team.getDecisionReason(), "")));
                asked.forEach(question -> line.add(member.answers().getOrDefault(question.id(), "")));
                csv.row(line);
            }
        }
        csv.flush();
        return out.toByteArray();
    }

    /** How many people a message to teams with this status (null: all teams) would reach. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public int recipients(long contestId, TeamStatus status) {
        requireManaged(contestId);
        return recipientTeams(contestId, status).stream().mapToInt(Team::getMemberCount).sum();
    }

    /**
     * Mails the message to every member of the contest's teams with that status (null: all teams), each in the
     * template of their language. The mails are requested in this transaction, so the notification outbox holds
     * them even while SMTP is down; returns the number of recipients.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public int message(long contestId, TeamStatus status, String subject, String body) {
        ContestPage contest = managedContest(contestId);
        String cleanSubject = required(subject, MAX_SUBJECT, "team.message.error.subject");
        String cleanBody = required(body, MAX_BODY, "team.message.error.body");
        TeamMessage message = messages.saveAndFlush(new TeamMessage(contestId, status, cleanSubject, cleanBody,
                CurrentUser.requireId(), clock.instant()));
        int sent = 0;
        for (Team team : recipientTeams(contestId, status)) {
            List<TeamMember> recipients = registrations.teamMembers(team);
            mails.toMembers(recipients, team.getId(), "message", Map.of("subject", cleanSubject, "body", cleanBody,
                    "team", team.getName(), "messageId", Long.toString(message.getId())),
                    locale -> Map.of("contest", contest.title().in(locale)));
            sent += recipients.size();
        }
        message.countRecipients(sent);
        return sent;
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SentMessage> sentMessages(long contestId) {
        requireManaged(contestId);
        return messages.findTop20ByContestIdOrderBySentAtDesc(contestId).stream()
                .map(m -> new SentMessage(m.getId(), m.getStatus(), m.getSubject(), m.getRecipients(), m.getSentAt()))
                .toList();
    }

    // ----- rules ------------------------------------------------------------------------------------------------

    private TeamSettings store(TeamSettings changed) {
        RegistrationSettings row = settings.findByContestId(changed.contestId())
                .orElseGet(() -> new RegistrationSettings(changed.contestId(), clock.instant()));
        if (row.getVersion() != changed.version()) {
            throw new UserFacingException("error.concurrentEdit");
        }
        if (changed.lockAt() != null && changed.mergeDeadline() != null
                && changed.mergeDeadline().isAfter(changed.lockAt())) {
            throw new UserFacingException("team.settings.error.mergeAfterLock");
        }
        String rulesVersion = changed.rulesVersion() == null || changed.rulesVersion().isBlank() ? null
                : changed.rulesVersion().strip();
        if (rulesVersion != null && rulesVersion.length() > MAX_RULES_VERSION) {
            throw new UserFacingException("team.settings.error.rulesVersionLength", MAX_RULES_VERSION);
        }
        row.change(changed.approvalRequired(), changed.soloAllowed(), changed.lockAt(), changed.mergeDeadline(),
                rulesVersion, clock.instant());
        try {
            settings.saveAndFlush(row);
        } catch (DataIntegrityViolationException violation) {
            if (Constraints.violated(violation, "team_settings_contest_unique")) {
                // two organisers saved the first settings of the contest at once
                throw new UserFacingException("error.concurrentEdit");
            }
            throw violation;
        }
        audit.record(SETTINGS_CHANGED, "contest:" + changed.contestId(), "approval=" + changed.approvalRequired()
                + " solo=" + changed.soloAllowed() + " lock=" + changed.lockAt() + " merge="
                + changed.mergeDeadline() + " rules=" + rulesVersion);
        return registrations.settings(changed.contestId());
    }

    private static EligibilityQuestion checkQuestion(EligibilityQuestion question) {
        if (question.kind() == null) {
            throw new UserFacingException("team.question.error.kind");
        }
        String promptEn = required(question.promptEn(), MAX_PROMPT, "team.question.error.prompt");
        String promptZh = question.promptZh() == null || question.promptZh().isBlank() ? promptEn
                : required(question.promptZh(), MAX_PROMPT, "team.question.error.prompt");
        List<String> choices = question.kind() != QuestionKind.CHOICE ? List.of()
                : question.choices().stream().map(String::strip).filter(choice -> !choice.isEmpty()).distinct()
                .toList();
        if (question.kind() == QuestionKind.CHOICE && (choices.size() < 2
                || choices.stream().anyMatch(choice -> choice.length() > MAX_CHOICE || choice.contains("\n")))) {
            throw new UserFacingException("team.question.error.choices", promptEn);
        }
        String requiredAnswer = question.requiredAnswer() == null || question.requiredAnswer().isBlank() ? null
                : question.requiredAnswer().strip();
        boolean possible = requiredAnswer == null || switch (question.kind()) {
            case YES_NO -> requiredAnswer.equals(QuestionKind.YES) || requiredAnswer.equals(QuestionKind.NO);
            case CHOICE -> choices.contains(requiredAnswer);
            case TEXT -> false;
        };
        if (!possible) {
            throw new UserFacingException("team.question.error.requiredAnswer", promptEn);
        }
        return new EligibilityQuestion(question.id(), question.kind(), promptEn, promptZh, choices,
                question.required() || requiredAnswer != null, requiredAnswer);
    }

    private List<Team> recipientTeams(long contestId, TeamStatus status) {
        return status == null ? teams.findByContestIdOrderByCreatedAtAsc(contestId)
                : teams.findByContestIdAndStatusOrderByCreatedAtAsc(contestId, status);
    }

    private TeamDetail decide(Team team, TeamStatus status, String reason, String action, String template) {
        team.decide(status, reason, clock.instant());
        audit.record(action, subject(team), reason);
        Map<String, String> model = new HashMap<>(Map.of("team", team.getName(), "status", status.name()));
        if (reason != null) {
            model.put("reason", reason);
        }
        mails.toMembers(registrations.teamMembers(team), team.getId(), template, model);
        teams.flush();
        return registrations.detail(team);
    }

    private static void requireStatus(Team team, TeamStatus... allowed) {
        if (!List.of(allowed).contains(team.getStatus())) {
            throw new UserFacingException("team.error.notDecidable");
        }
    }

    private static String reason(String typed) {
        return required(typed, MAX_REASON, "team.decision.error.reason");
    }

    private static String required(String typed, int max, String key) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new UserFacingException(key, max);
        }
        return text;
    }

    private void requireManaged(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
    }

    private ContestPage managedContest(long contestId) {
        requireManaged(contestId);
        return contests.page(contestId);
    }

    private Team managed(long teamId) {
        Team team = teams.findById(teamId).orElseThrow(NotFoundException::new);
        requireManaged(team.getContestId());
        return team;
    }

    private Team managed(long teamId, long expectedVersion) {
        Team team = managed(teamId);
        if (team.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        return team;
    }

    private static String subject(Team team) {
        return "contest:" + team.getContestId() + " team:" + team.getId() + " " + team.getName();
    }
}
