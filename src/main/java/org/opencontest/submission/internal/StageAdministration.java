package org.opencontest.submission.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.persistence.OffsetPageRequest;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.Roles;
import org.opencontest.submission.ContestStages;
import org.opencontest.submission.FinalVersion;
import org.opencontest.submission.TeamShortlisted;
import org.opencontest.team.TeamDetail;
import org.opencontest.team.TeamQuery;
import org.opencontest.team.TeamRoster;
import org.opencontest.team.TeamStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's side of staged contests: defining the stages, the teams that entered each one, and the shortlist
 * that lets teams into the next stage. Every shortlisting is published as {@link TeamShortlisted}, which the judging
 * module appends to the contest's hash-chained log. Every method checks that the caller manages the contest;
 * otherwise it is "not found".
 */
@Service
public class StageAdministration implements ContestStages {

    private static final int MAX_REASON = 1000;

    private final ContestService contests;
    private final Participation participation;
    private final StageRepository stages;
    private final ShortlistRepository shortlists;
    private final VersionRepository versions;
    private final TeamRoster teamRoster;
    private final SubmissionDtos dtos;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StageAdministration(ContestService contests, Participation participation, StageRepository stages,
                        ShortlistRepository shortlists, VersionRepository versions, TeamRoster teamRoster,
                        SubmissionDtos dtos, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.dtos = dtos;
        this.contests = contests;
        this.participation = participation;
        this.stages = stages;
        this.shortlists = shortlists;
        this.versions = versions;
        this.teamRoster = teamRoster;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The contest's stages with their effective windows (one implicit stage until the organiser defines some). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public StagePlan plan(long contestId) {
        return participation.plan(managed(contestId));
    }

    /**
     * Replaces the contest's stages by {@code definitions} (positions 1..n, each quoting the rules version it was
     * loaded at). A stage that has versions or shortlisted teams cannot be removed. Nothing changes on a refusal.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public StagePlan save(long contestId, List<StageDefinition> definitions) {
        ContestPage contest = managed(contestId);
        for (int i = 0; i < definitions.size(); i++) {
            if (definitions.get(i).position() != i + 1) {
                throw new IllegalArgumentException("Stages must be numbered 1.." + definitions.size());
            }
        }
        StagePlan.validate(definitions, contest.timeline().phase(PhaseKind.SUBMISSION));
        Map<Integer, SubmissionStage> stored = stages.findByContestIdOrderByPosition(contestId).stream()
                .collect(Collectors.toMap(SubmissionStage::getPosition, Function.identity()));
        for (SubmissionStage removed : stored.values()) {
            int position = removed.getPosition();
            if (position > definitions.size()) {
                if (versions.existsByContestIdAndStage(contestId, position)
                        || shortlists.existsByContestIdAndStage(contestId, position)
                        || shortlists.existsByContestIdAndStage(contestId, position - 1)) {
                    throw new UserFacingException("submission.stage.error.inUse", position);
                }
                stages.delete(removed);
            }
        }
        for (StageDefinition definition : definitions) {
            SubmissionStage stage = stored.get(definition.position());
            long version = stage == null ? 0 : stage.getVersion();
            if (version != definition.rules().version()) {
                throw new UserFacingException("error.concurrentEdit");
            }
            if (stage == null) {
                stage = new SubmissionStage(contestId, definition.position());
            }
            stage.define(definition);
            stages.save(stage);
        }
        stages.flush();
        audit.record("submission.stages.changed", "contest:" + contestId, definitions.toString());
        return participation.plan(contest);
    }

    /** One page of the teams that submitted in a stage, by name, with their shortlisting. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<StageEntry> entries(long contestId, int stage, int offset, int limit) {
        managed(contestId);
        List<Object[]> rows = versions.stageEntries(contestId, stage, OffsetPageRequest.of(offset, Math.max(limit, 1)));
        Map<Long, Shortlisting> advanced = shortlists.findByContestIdAndStageAndTeamIdIn(contestId, stage,
                rows.stream().map(row -> (Long) row[0]).toList()).stream()
                .collect(Collectors.toMap(Shortlisting::getTeamId, Function.identity()));
        return rows.stream().map(row -> {
            Shortlisting shortlisting = advanced.get((Long) row[0]);
            return new StageEntry((Long) row[0], (String) row[1], ((Number) row[2]).longValue(), (Instant) row[3],
                    ((Number) row[4]).intValue() > 0, shortlisting != null,
                    shortlisting == null ? null : shortlisting.getReason());
        }).toList();
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long countEntries(long contestId, int stage) {
        managed(contestId);
        return versions.countStageTeams(contestId, stage);
    }

    /** How many teams are shortlisted from each stage, by stage position. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<Integer, Long> shortlistCounts(long contestId) {
        managed(contestId);
        return shortlists.findByContestIdOrderByStageAscAddedAtAsc(contestId).stream()
                .collect(Collectors.groupingBy(Shortlisting::getStage, Collectors.counting()));
    }

    /**
     * Advances a team that submitted in {@code stage} into the next stage, up to the stage's shortlist size.
     * Shortlisting a team twice changes nothing (a double click).
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void shortlist(long contestId, int stage, long teamId) {
        StagePlan.Stage from = stageWithNext(managed(contestId), stage);
        if (shortlists.existsByContestIdAndStageAndTeamId(contestId, stage, teamId)) {
            return;
        }
        if (!versions.existsByContestIdAndStageAndTeamId(contestId, stage, teamId)) {
            throw new UserFacingException("submission.shortlist.error.noEntry", StageNames.of(from));
        }
        Integer size = from.definition().shortlistSize();
        if (size != null && shortlists.countByContestIdAndStage(contestId, stage) >= size) {
            throw new UserFacingException("submission.shortlist.error.full", StageNames.of(from), size);
        }
        add(contestId, stage, contestTeam(contestId, teamId), null);
    }

    /**
     * Adds an approved team to a stage's shortlist by hand, whether or not it submitted there and beyond the
     * shortlist size; the reason is required and is written into the judging log.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void addByHand(long contestId, int stage, long teamId, String reason) {
        StagePlan.Stage from = stageWithNext(managed(contestId), stage);
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("submission.shortlist.error.reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new UserFacingException("submission.shortlist.error.reasonTooLong", MAX_REASON);
        }
        TeamDetail team = contestTeam(contestId, teamId);
        if (team.status() != TeamStatus.APPROVED) {
            throw new UserFacingException("submission.extension.error.notApproved", team.name());
        }
        if (shortlists.existsByContestIdAndStageAndTeamId(contestId, stage, teamId)) {
            throw new UserFacingException("submission.shortlist.error.already", team.name(), StageNames.of(from));
        }
        add(contestId, stage, team, reason.strip());
    }

    /**
     * Releases the judges' feedback on a stage's entries to its teams (or takes it back): the judging module's
     * feedback page shows the comments of the rounds that judge the stage before the results are published. Only a
     * defined stage has this switch; a single-stage contest's feedback comes with its results.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void releaseFeedback(long contestId, int stage, boolean released) {
        managed(contestId);
        SubmissionStage stored = stages.findByContestIdAndPosition(contestId, stage)
                .orElseThrow(NotFoundException::new);
        if (stored.isFeedbackReleased() != released) {
            stored.releaseFeedback(released);
            stages.saveAndFlush(stored);
            audit.record(released ? "submission.stage.feedbackReleased" : "submission.stage.feedbackWithdrawn",
                    "contest:" + contestId, "stage " + stage);
        }
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<LocalizedText> stageNames(long contestId) {
        return participation.plan(managed(contestId)).stages().stream().map(StageAdministration::bothLanguages)
                .toList();
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<FinalVersion> stageVersions(long contestId, int stage) {
        managed(contestId);
        Set<Long> teams = new HashSet<>();
        List<SubmissionVersion> latest = versions.inStageNewestFirst(contestId, stage).stream()
                .filter(version -> teams.add(version.getTeamId()))
                .sorted(Comparator.comparing(SubmissionVersion::getId)).toList();
        return dtos.withInputs(latest, CurrentUser.require().locale());
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public int shortlistRanked(long contestId, int stage, List<Long> teamIds) {
        StagePlan.Stage from = stageWithNext(managed(contestId), stage);
        Set<Long> already = shortlists.findByContestIdAndStageAndTeamIdIn(contestId, stage, teamIds).stream()
                .map(Shortlisting::getTeamId).collect(Collectors.toSet());
        List<Long> adding = teamIds.stream().distinct().filter(team -> !already.contains(team)).toList();
        Integer size = from.definition().shortlistSize();
        long after = shortlists.countByContestIdAndStage(contestId, stage) + adding.size();
        if (size != null && after > size) {
            throw new UserFacingException("submission.shortlist.error.rankedFull", StageNames.of(from), size, after);
        }
        for (long teamId : adding) {
            if (!versions.existsByContestIdAndStageAndTeamId(contestId, stage, teamId)) {
                throw new UserFacingException("submission.shortlist.error.noEntry", StageNames.of(from));
            }
            add(contestId, stage, contestTeam(contestId, teamId), null);
        }
        audit.record("submission.shortlist.ranked", "contest:" + contestId, "stage " + stage + ": " + adding);
        return (int) after;
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Set<Long> shortlistedTeams(long contestId, int stage) {
        managed(contestId);
        return shortlists.findByContestIdOrderByStageAscAddedAtAsc(contestId).stream()
                .filter(shortlisting -> shortlisting.getStage() == stage).map(Shortlisting::getTeamId)
                .collect(Collectors.toSet());
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public StageFunnel funnel(long contestId) {
        StagePlan plan = participation.plan(managed(contestId));
        Map<Integer, Long> submitted = versions.teamsPerStage(contestId).stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).intValue(), row -> ((Number) row[1]).longValue()));
        Map<Integer, Long> shortlisted = shortlists.findByContestIdOrderByStageAscAddedAtAsc(contestId).stream()
                .collect(Collectors.groupingBy(Shortlisting::getStage, Collectors.counting()));
        return new StageFunnel(teamRoster.count(contestId, TeamQuery.ALL), plan.stages().stream()
                .map(stage -> new StageFunnelStep(stage.number(), bothLanguages(stage),
                        submitted.getOrDefault(stage.number(), 0L), shortlisted.getOrDefault(stage.number(), 0L)))
                .toList());
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void outline(long contestId, List<StageOutline> outlines) {
        StagePlan current = participation.plan(managed(contestId));
        Map<Integer, SubmissionStage> stored = stages.findByContestIdOrderByPosition(contestId).stream()
                .collect(Collectors.toMap(SubmissionStage::getPosition, Function.identity()));
        List<StageDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < outlines.size(); i++) {
            StageOutline outline = outlines.get(i);
            int position = i + 1;
            SubmissionRules rules = current.stage(position).filter(stage -> stored.containsKey(position))
                    .map(StagePlan.Stage::rules).orElseGet(() -> {
                        SubmissionRules defaults = SubmissionRules.DEFAULTS;
                        return outline.allowedTypes() == null ? defaults : new SubmissionRules(outline.allowedTypes(),
                                defaults.maxFileBytes(), defaults.maxPackageBytes(), defaults.maxFiles(),
                                defaults.quotaPerDay(), defaults.quotaTotal(), defaults.latePolicy(), defaults.grace(), 0);
                    });
            definitions.add(new StageDefinition(position, outline.name(), outline.opens(), outline.closes(),
                    outline.shortlistSize(), rules));
        }
        save(contestId, definitions);
    }

    private static LocalizedText bothLanguages(StagePlan.Stage stage) {
        StageNames name = StageNames.of(stage);
        return new LocalizedText(name.in(Locale.ENGLISH), name.in(Locale.SIMPLIFIED_CHINESE));
    }

    private void add(long contestId, int stage, TeamDetail team, String reason) {
        long by = CurrentUser.requireId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        shortlists.saveAndFlush(new Shortlisting(contestId, stage, team.id(), reason, by, now));
        events.publishEvent(new TeamShortlisted(contestId, stage, team.id(), team.name(), reason != null, reason, by,
                now));
    }

    /** A stage there is a next stage after: shortlisting from the last stage would let teams into nothing. */
    private StagePlan.Stage stageWithNext(ContestPage contest, int stage) {
        StagePlan plan = participation.plan(contest);
        if (plan.stage(stage + 1).isEmpty()) {
            throw new UserFacingException("submission.shortlist.error.lastStage");
        }
        return plan.stage(stage).orElseThrow(NotFoundException::new);
    }

    private TeamDetail contestTeam(long contestId, long teamId) {
        TeamDetail team = teamRoster.detail(teamId);
        if (team.contestId() != contestId) {
            throw new NotFoundException();
        }
        return team;
    }

    private ContestPage managed(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
        return contests.page(contestId);
    }
}
