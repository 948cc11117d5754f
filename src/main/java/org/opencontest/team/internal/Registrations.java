package org.opencontest.team.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.team.EligibilityQuestion;
import org.opencontest.team.Enrolment;
import org.opencontest.team.TeamDetail;
import org.opencontest.team.TeamMember;
import org.opencontest.team.TeamMembership;
import org.opencontest.team.TeamSettings;
import org.opencontest.team.TeamStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What the team services share: a contest's rules and questions, row-locked teams, and enrolling a member. */
@Component
public class Registrations {

    private final ContestService contests;
    private final RegistrationSettingsRepository settings;
    private final QuestionRepository questions;
    private final TeamRepository teams;
    private final MemberRepository members;
    private final AnswerRepository answers;
    private final InvitationRepository invitations;
    private final EntityManager entityManager;
    private final TeamMails mails;
    private final Clock clock;

    Registrations(ContestService contests, RegistrationSettingsRepository settings, QuestionRepository questions,
                  TeamRepository teams, MemberRepository members, AnswerRepository answers,
                  InvitationRepository invitations, EntityManager entityManager, TeamMails mails, Clock clock) {
        this.invitations = invitations;
        this.entityManager = entityManager;
        this.mails = mails;
        this.contests = contests;
        this.settings = settings;
        this.questions = questions;
        this.teams = teams;
        this.members = members;
        this.answers = answers;
        this.clock = clock;
    }

    /** The contest's rules as the caller may see them; {@code NotFoundException} for contests hidden from them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Policy policy(long contestId) {
        return Policy.of(contests.page(contestId), settings(contestId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public TeamSettings settings(long contestId) {
        return settings.findByContestId(contestId)
                .map(s -> new TeamSettings(contestId, s.getVersion(), s.isApprovalRequired(), s.isSoloAllowed(),
                        s.getLockAt(), s.getMergeDeadline(), s.getRulesVersion()))
                .orElse(new TeamSettings(contestId, 0, false, false, null, null, null));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public List<EligibilityQuestion> questions(long contestId) {
        return questions.findByContestIdOrderByPositionAscIdAsc(contestId).stream().map(Registrations::toQuestion)
                .toList();
    }

    /**
     * The team with its row lock held until the transaction ends: every change of the membership takes it, so two
     * people taking the last seat at once are served one after the other and the second finds the team full. The
     * state is read under the lock, also when the transaction loaded the team before.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Team lock(long teamId) {
        Team team = entityManager.find(Team.class, teamId);
        if (team == null) {
            throw new NotFoundException();
        }
        entityManager.refresh(team, LockModeType.PESSIMISTIC_WRITE);
        return team;
    }

    /**
     * Adds the caller to a team (by invite code or accepted invitation): holds the team's row lock, checks the lock
     * instant and the team's status, enrols them and tells the members who were there before.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TeamMembership join(long teamId, AppPrincipal me, Enrolment enrolment) {
        Team team = lock(teamId);
        Policy policy = policy(team.getContestId());
        policy.requireUnlocked(clock.instant(), me.zone());
        requireTakingMembers(team);
        List<TeamMember> before = teamMembers(team);
        enrol(team, me, enrolment, policy);
        mails.toMembers(before, teamId, "member-joined", Map.of("team", team.getName(), "member", me.displayName(),
                "memberId", Long.toString(me.userId())));
        return membership(team, me.userId());
    }

    /** Refuses members for rejected and disqualified teams and solo entries. */
    public static void requireTakingMembers(Team team) {
        if (team.getStatus() == TeamStatus.REJECTED || team.getStatus() == TeamStatus.DISQUALIFIED) {
            throw new UserFacingException("team.error.teamClosed");
        }
        if (team.isSolo()) {
            throw new UserFacingException("team.error.soloTakesNoMembers");
        }
    }

    /** The caller's membership of the team; {@code NotFoundException} for non-members, like a missing team. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Member requireMember(Team team, long userId) {
        return members.findByTeamIdAndUserId(team.getId(), userId).orElseThrow(NotFoundException::new);
    }

    /** Refuses members who do not lead the team (and hides the team from non-members). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireLeader(Team team, long userId) {
        requireMember(team, userId);
        if (!team.isLedBy(userId)) {
            throw new UserFacingException("team.error.leaderOnly");
        }
    }

    /**
     * Adds the person to a team whose row lock the caller holds, after checking that they are in no team of the
     * contest, that a seat is free, and their answers and consent. The database's one-team-per-contest constraint
     * settles the race of one person joining two teams at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Member enrol(Team lockedTeam, AppPrincipal person, Enrolment enrolment, Policy policy) {
        if (members.existsByContestIdAndUserId(lockedTeam.getContestId(), person.userId())) {
            throw new UserFacingException("team.error.alreadyInTeam");
        }
        if (lockedTeam.getMemberCount() >= policy.capacity(lockedTeam.isSolo())) {
            throw new UserFacingException("team.error.full", policy.capacity(lockedTeam.isSolo()));
        }
        Map<Long, String> checked = Eligibility.check(questions(lockedTeam.getContestId()), enrolment);
        Member member;
        try {
            member = members.saveAndFlush(new Member(lockedTeam, person.userId(), person.displayName(),
                    person.email(), person.locale(), policy.rulesVersion().recorded(), clock.instant()));
        } catch (DataIntegrityViolationException violation) {
            if (Constraints.violated(violation, "team_member_one_team_per_contest")) {
                throw new UserFacingException("team.error.alreadyInTeam");
            }
            throw violation;
        }
        checked.forEach((questionId, answer) -> answers.save(new Answer(member.getId(), questionId, answer)));
        lockedTeam.memberJoined(clock.instant());
        return member;
    }

    /** The members, leader first, then in the order they joined. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<TeamMember> teamMembers(Team team) {
        return leaderFirst(team).stream()
                .map(member -> new TeamMember(member.getUserId(), member.getDisplayName(), member.getEmail(),
                        member.getLocale(), team.isLedBy(member.getUserId())))
                .toList();
    }

    /** The team with its members and their eligibility answers. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TeamDetail detail(Team team) {
        List<Member> list = leaderFirst(team);
        Map<Long, Map<Long, String>> answersByMember = answers
                .findByMemberIdIn(list.stream().map(Member::getId).toList()).stream()
                .collect(Collectors.groupingBy(Answer::getMemberId,
                        Collectors.toMap(Answer::getQuestionId, Answer::getAnswer)));
        List<TeamDetail.Member> detailMembers = list.stream()
                .map(member -> new TeamDetail.Member(member.getUserId(), member.getDisplayName(), member.getEmail(),
                        team.isLedBy(member.getUserId()), member.getJoinedAt(), member.getRulesVersion(),
                        member.getConsentedAt(), answersByMember.getOrDefault(member.getId(), Map.of())))
                .toList();
        return new TeamDetail(team.getId(), team.getVersion(), team.getContestId(), team.getName(),
                team.getDescription(), team.getTrackId(), team.getStatus(), team.isSolo(), team.getMemberCount(),
                team.getInviteCode(), team.getDecisionReason(), team.getDecidedAt(), team.getCreatedAt(),
                detailMembers);
    }

    private List<Member> leaderFirst(Team team) {
        return members.findByTeamIdOrderByJoinedAtAscIdAsc(team.getId()).stream()
                .sorted(Comparator.comparing((Member member) -> !team.isLedBy(member.getUserId())))
                .toList();
    }

    /** What joining the team offers and asks, for an invitation (with its address and expiry) or an invite code. */
    @Transactional(propagation = Propagation.MANDATORY)
    public InvitePreview preview(Team team, String email, Instant expiresAt) {
        Policy policy = policy(team.getContestId());
        String leaderName = members.findByTeamIdAndUserId(team.getId(), team.getLeaderId())
                .map(Member::getDisplayName).orElse("");
        return new InvitePreview(team.getId(), team.getName(), team.getContestId(), policy.contest().slug(),
                policy.contest().title(), leaderName, team.getMemberCount(), policy.capacity(team.isSolo()), email,
                expiresAt, policy.rulesVersion(), questions(team.getContestId()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public List<Invitation> openInvitations(Team team) {
        Instant now = clock.instant();
        return invitations.findByTeamIdAndStatusOrderByCreatedAtAsc(team.getId(), Invitation.Status.OPEN).stream()
                .filter(invitation -> !invitation.isExpiredAt(now)).toList();
    }

    public static TeamMembership membership(Team team, long userId) {
        return new TeamMembership(team.getId(), team.getContestId(), team.getName(), team.getStatus(),
                team.getTrackId(), team.getMemberCount(), team.isLedBy(userId), team.isSolo());
    }

    private static EligibilityQuestion toQuestion(Question question) {
        List<String> choices = question.getChoices() == null || question.getChoices().isBlank() ? List.of()
                : Arrays.stream(question.getChoices().split("\n")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        return new EligibilityQuestion(question.getId(), question.getKind(), question.getPrompt().en(),
                question.getPrompt().zh(), choices, question.isRequired(), question.getRequiredAnswer());
    }
}
