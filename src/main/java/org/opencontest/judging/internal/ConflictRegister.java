package org.opencontest.judging.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.ContestDataPublishers;
import org.opencontest.judging.JudgeScoring;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.team.TeamMember;
import org.opencontest.team.TeamMemberships;
import org.opencontest.team.TeamQuery;
import org.opencontest.team.TeamRoster;
import org.opencontest.team.TeamRow;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicts of interest of a contest: judges declare them, the organiser runs the detection (organisation, e-mail
 * domain, same person, publisher of the contest's data; see docs/judging.md §7) and decides the flagged ones. Only the contest's organisers see the
 * list; a judge may declare only for themselves.
 */
@Service
public class ConflictRegister {

    static final String DECLARED = "judging.conflict.declared";
    static final String DECIDED = "judging.conflict.decided";
    private static final int MAX_NOTE = 2000;
    private static final int MAX_EVIDENCE = 400;

    private final ConflictRepository conflicts;
    private final JudgeRepository judges;
    private final AssignmentRepository assignments;
    private final JudgingEntryRepository entries;
    private final JudgeScoring scoring;
    private final TeamRoster teams;
    private final TeamMemberships memberships;
    private final ContestService contests;
    private final ContestDataPublishers publishers;
    private final AuditLog audit;
    private final Clock clock;

    ConflictRegister(ConflictRepository conflicts, JudgeRepository judges, AssignmentRepository assignments,
            JudgingEntryRepository entries, JudgeScoring scoring, TeamRoster teams,
            TeamMemberships memberships, ContestService contests, ContestDataPublishers publishers, AuditLog audit,
            Clock clock) {
        this.conflicts = conflicts;
        this.judges = judges;
        this.assignments = assignments;
        this.entries = entries;
        this.scoring = scoring;
        this.teams = teams;
        this.memberships = memberships;
        this.contests = contests;
        this.publishers = publishers;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ConflictView> conflicts(long contestId) {
        requireManaged(contestId);
        Map<Long, String> judgeNames = judges.findByContestIdOrderById(contestId).stream()
                .collect(Collectors.toMap(Judge::getId, judge -> judge.toDetail().displayName()));
        Map<Long, String> teamNames = teamRows(contestId).stream()
                .collect(Collectors.toMap(TeamRow::id, TeamRow::name));
        return conflicts.findByContestIdOrderById(contestId).stream().map(conflict -> new ConflictView(
                conflict.getId(), conflict.getVersion(), conflict.getJudgeId(),
                judgeNames.getOrDefault(conflict.getJudgeId(), ""), conflict.getTeamId(),
                teamNames.getOrDefault(conflict.getTeamId(), ""), conflict.getReason(), conflict.getEvidence(),
                conflict.getStatus(), conflict.getNote())).toList();
    }

    /**
     * Compares every judge with every team's members and records what it finds (once: a known conflict is not
     * recorded again, and a cleared one stays cleared). Returns how many new conflicts were found.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public int detect(long contestId) {
        requireManaged(contestId);
        List<Judge> jury = judges.findByContestIdOrderById(contestId);
        List<ConflictDetector.Entry> entries = new ArrayList<>();
        // every team may work with any dataset released to the contest, so each entry carries all their publishers
        Set<String> dataPublishers = publishers.publishersOf(contestId);
        for (TeamRow team : teamRows(contestId)) {
            List<ConflictDetector.Member> members = memberships.members(team.id()).stream()
                    .map(ConflictRegister::member).toList();
            entries.add(new ConflictDetector.Entry(team.id(), members, dataPublishers));
        }
        List<ConflictDetector.Judge> panel = jury.stream().map(judge -> new ConflictDetector.Judge(judge.getId(),
                judge.getOrganisation(), judge.getEmail())).toList();
        int found = 0;
        for (ConflictDetector.Found conflict : ConflictDetector.detect(panel, entries)) {
            if (!conflicts.existsByJudgeIdAndTeamIdAndReason(conflict.judgeId(), conflict.entryId(),
                    conflict.reason())) {
                conflicts.save(new Conflict(contestId, conflict.judgeId(), conflict.entryId(), conflict.reason(),
                        clip(conflict.evidence(), MAX_EVIDENCE), "", clock.instant()));
                found++;
            }
        }
        audit.record(DECLARED, "contest:" + contestId, "detection found " + found + " new conflict(s)");
        return found;
    }

    /** The organiser records a conflict a judge reported, or one they know of. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ConflictView declare(long judgeId, long teamId, String note) {
        Judge judge = judges.findById(judgeId).orElseThrow(NotFoundException::new);
        requireManaged(judge.getContestId());
        return record(judge, teamId, note);
    }

    /** A judge declares their own conflict with a team of a contest they judge. */
    @PermitAll
    @Transactional
    public void declareMine(long contestId, long teamId, String note) {
        long me = CurrentUser.requireId();
        Judge judge = judges.findByContestIdOrderById(contestId).stream()
                .filter(candidate -> candidate.getUserId() != null && candidate.getUserId() == me).findFirst()
                .orElseThrow(NotFoundException::new);
        record(judge, teamId, note);
    }

    /**
     * A judge recognises an entry in their queue: they step back from it and the conflict with its team is
     * recorded, so that no later assignment gives them the team again. The judge names neither the team nor learns
     * it (blind rounds); refused, with nothing recorded, once the sheet is submitted.
     */
    @PermitAll
    @Transactional
    public void declareForAssignment(long assignmentId, String note) {
        // checks that the assignment is the caller's and still open, and that a reason is given
        scoring.recuse(assignmentId, note);
        Assignment assignment = assignments.findById(assignmentId).orElseThrow(NotFoundException::new);
        Judge judge = judges.findById(assignment.getJudgeId()).orElseThrow(NotFoundException::new);
        long teamId = entries.findById(assignment.getEntryId()).orElseThrow(NotFoundException::new).getTeamId();
        // already on record (say, from another round): the refusal would name the team, so say nothing
        if (!conflicts.existsByJudgeIdAndTeamIdAndReason(judge.getId(), teamId, ConflictReason.DECLARED)) {
            record(judge, teamId, note);
        }
    }

    /** The contest's teams, for the organiser declaring a conflict on a judge's behalf. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<TeamRow> teams(long contestId) {
        requireManaged(contestId);
        return teamRows(contestId);
    }

    /** Keeps (counts) or clears a conflict, with the reason on record. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void decide(long conflictId, long expectedVersion, boolean counts, String reason) {
        Conflict conflict = conflicts.findById(conflictId).orElseThrow(NotFoundException::new);
        requireManaged(conflict.getContestId());
        if (conflict.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_NOTE) {
            throw new UserFacingException("judging.conflict.error.reason", MAX_NOTE);
        }
        conflict.decide(counts, why, clock.instant());
        conflicts.saveAndFlush(conflict);
        audit.record(DECIDED, "conflict:" + conflictId, (counts ? "kept: " : "cleared: ") + why);
    }

    private ConflictView record(Judge judge, long teamId, String note) {
        String why = note == null ? "" : note.strip();
        if (why.length() > MAX_NOTE) {
            throw new UserFacingException("judging.conflict.error.note", MAX_NOTE);
        }
        TeamRow team = teamRows(judge.getContestId()).stream().filter(row -> row.id() == teamId).findFirst()
                .orElseThrow(NotFoundException::new);
        if (conflicts.existsByJudgeIdAndTeamIdAndReason(judge.getId(), teamId, ConflictReason.DECLARED)) {
            throw new UserFacingException("judging.conflict.error.duplicate", team.name());
        }
        Conflict saved = conflicts.saveAndFlush(new Conflict(judge.getContestId(), judge.getId(), teamId,
                ConflictReason.DECLARED, "", why, clock.instant()));
        audit.record(DECLARED, "judge:" + judge.getId(), "team " + teamId + ": " + why);
        return new ConflictView(saved.getId(), saved.getVersion(), judge.getId(), judge.toDetail().displayName(),
                teamId, team.name(), saved.getReason(), "", saved.getStatus(), why);
    }

    /** The contest's teams, read with the system's right to see them (a judge declaring sees no team list). */
    private List<TeamRow> teamRows(long contestId) {
        return SystemIdentity.call(() -> {
            long count = teams.count(contestId, TeamQuery.ALL);
            return count == 0 ? List.<TeamRow>of()
                    : teams.find(contestId, TeamQuery.ALL, PageRequest.of(0, (int) Math.min(count, Integer.MAX_VALUE)));
        });
    }

    private static ConflictDetector.Member member(TeamMember member) {
        // the team module knows members' addresses, not their organisations: organisation matches come from
        // e-mail domains here (see the closing note)
        return new ConflictDetector.Member(null, member.email());
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private void requireManaged(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
    }
}
