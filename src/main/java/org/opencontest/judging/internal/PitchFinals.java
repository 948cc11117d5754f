package org.opencontest.judging.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.CalendarWindow;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.Localizable;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.submission.ContestSubmissions;
import org.opencontest.team.TeamMembership;
import org.opencontest.team.TeamMemberships;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final of a contest as live pitches, attached to a judging round (the final round; its rubric is the pitch
 * rubric and its jury scores each pitch on the ordinary scoring page, so ranking, ties and publication stay as they
 * are). Organisers schedule it, draw the order once (seed and order become a link of the judging log,
 * {@code PITCH_DRAW}) and run the timer; the round's judges see the running order with their sheets; anyone who may
 * see the contest sees the schedule and the drawn order, and a team its own slot with a calendar invitation.
 * A round or contest the caller may not act on answers {@link NotFoundException}.
 */
@Service
public class PitchFinals {

    static final String LOG_KIND = "PITCH_DRAW";
    static final int MAX_VENUE = 300;
    static final int MAX_LINK = 500;
    static final int MAX_PITCH = 180;
    static final int MAX_CHANGEOVER = 120;
    static final int MAX_BREAK = 480;

    private final PitchFinalRepository finals;
    private final PitchSlotRepository slots;
    private final JudgingRoundRepository rounds;
    private final JudgingEntryRepository entries;
    private final JudgeRepository judges;
    private final AssignmentRepository assignments;
    private final JudgingLogWriter log;
    private final ContestService contests;
    private final ContestSubmissions submissions;
    private final TeamMemberships memberships;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PitchFinals(PitchFinalRepository finals, PitchSlotRepository slots, JudgingRoundRepository rounds,
                JudgingEntryRepository entries, JudgeRepository judges, AssignmentRepository assignments,
                JudgingLogWriter log, ContestService contests, ContestSubmissions submissions,
                TeamMemberships memberships, AuditLog audit, Clock clock) {
        this.finals = finals;
        this.slots = slots;
        this.rounds = rounds;
        this.entries = entries;
        this.judges = judges;
        this.assignments = assignments;
        this.log = log;
        this.contests = contests;
        this.submissions = submissions;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
    }

    // ----- organisers -------------------------------------------------------------------------------------------

    /** The round a final is (to be) attached to, for its organisers. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public PitchRound round(long roundId) {
        JudgingRound round = managedRound(roundId);
        return new PitchRound(roundId, round.getContestId(), contests.page(round.getContestId()).zone(),
                round.toInput().name());
    }

    /** The round's final with team names, or empty before it is scheduled. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<PitchFinalDetail> forOrganiser(long roundId) {
        JudgingRound round = managedRound(roundId);
        Map<Long, String> teamNames = submissions.teamNames(round.getContestId());
        return finals.findByRoundId(roundId).map(f -> detail(f, round, teamNames::get, Map.of(), null));
    }

    /**
     * Schedules the round's final or changes its schedule ({@code expectedVersion} null for a new one); the slots
     * move with it. Nothing changes on a refusal.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public PitchFinalDetail schedule(long roundId, Long expectedVersion, PitchFinalInput input) {
        JudgingRound round = managedRound(roundId);
        validate(input);
        Instant now = clock.instant();
        PitchFinal pitchFinal = finals.findByRoundId(roundId).orElse(null);
        if (pitchFinal == null ? expectedVersion != null : expectedVersion == null
                || pitchFinal.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        if (pitchFinal == null) {
            pitchFinal = new PitchFinal(round.getContestId(), roundId, now);
        }
        pitchFinal.schedule(input, now);
        PitchFinal saved = finals.saveAndFlush(pitchFinal);
        audit.record("judging.pitch.scheduled", "round:" + roundId, input.toString());
        return detail(saved, round, submissions.teamNames(round.getContestId())::get, Map.of(), null);
    }

    /**
     * Draws the pitching order among the round's entries with a fresh seed and appends seed and order to the
     * contest's judging log. A final is drawn once: a second draw (a double click, a second tab) is refused.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public PitchFinalDetail draw(long roundId) {
        JudgingRound round = managedRound(roundId);
        PitchFinal pitchFinal = finals.lockByRoundId(roundId)
                .orElseThrow(() -> new UserFacingException("judging.pitch.error.notScheduled"));
        if (pitchFinal.isDrawn()) {
            throw new UserFacingException("judging.pitch.error.drawn");
        }
        List<JudgingEntry> roundEntries = entries.findByRoundIdOrderById(roundId);
        if (roundEntries.isEmpty()) {
            throw new UserFacingException("judging.pitch.error.noEntries");
        }
        long seed = random.nextLong() & Long.MAX_VALUE;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<Long, JudgingEntry> byId = roundEntries.stream()
                .collect(Collectors.toMap(JudgingEntry::getId, Function.identity()));
        List<Long> order = PitchSchedule.draw(seed, List.copyOf(byId.keySet()));
        List<Map<String, Object>> logged = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            JudgingEntry entry = byId.get(order.get(i));
            slots.save(new PitchSlot(pitchFinal.getId(), i + 1, entry.getId(), entry.getTeamId()));
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("position", i + 1);
            place.put("entry", entry.getId());
            place.put("team", entry.getTeamId());
            place.put("key", PitchSchedule.drawKey(seed, entry.getId()));
            logged.add(place);
        }
        pitchFinal.drawn(seed, now);
        PitchFinal saved = finals.saveAndFlush(pitchFinal);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("round", roundId);
        content.put("seed", seed);
        content.put("method", "ascending sha256(seed + \":\" + entry) in hex");
        content.put("order", logged);
        content.put("by", CurrentUser.requireId());
        content.put("at", now.toString());
        log.append(round.getContestId(), LOG_KIND, content);
        audit.record("judging.pitch.drawn", "round:" + roundId, "seed " + seed + ", " + order.size() + " pitches");
        return detail(saved, round, submissions.teamNames(round.getContestId())::get, Map.of(), null);
    }

    /** The organiser's timer: puts the slot at {@code position} on stage from now (server time), or nobody (null). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public PitchFinalDetail putOnStage(long roundId, Integer position) {
        JudgingRound round = managedRound(roundId);
        PitchFinal pitchFinal = finals.findByRoundId(roundId).filter(PitchFinal::isDrawn)
                .orElseThrow(() -> new UserFacingException("judging.pitch.error.notDrawn"));
        List<PitchSlot> order = slots.findByFinalIdOrderByPosition(pitchFinal.getId());
        if (position != null && (position < 1 || position > order.size())) {
            throw new NotFoundException();
        }
        pitchFinal.onStage(position, clock.instant());
        PitchFinal saved = finals.saveAndFlush(pitchFinal);
        return detail(saved, round, submissions.teamNames(round.getContestId())::get, Map.of(), null);
    }

    // ----- judges -----------------------------------------------------------------------------------------------

    /**
     * The running order for a judge of the round's contest, with a link to the caller's own sheet on each pitch.
     * Team names are left out (the entries' titles name the pitches; a blind round stays blind on paper).
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<PitchFinalDetail> forJudge(long roundId) {
        JudgingRound round = rounds.findById(roundId).orElseThrow(NotFoundException::new);
        Set<Long> myJudgeIds = judges.findByUserIdOrderById(CurrentUser.requireId()).stream()
                .filter(judge -> judge.getContestId() == round.getContestId()).map(Judge::getId)
                .collect(Collectors.toSet());
        if (myJudgeIds.isEmpty()) {
            throw new NotFoundException();
        }
        Map<Long, Long> myAssignments = assignments.findByJudgeIdInOrderByRoundIdAscIdAsc(myJudgeIds).stream()
                .filter(assignment -> assignment.getRoundId() == roundId)
                .collect(Collectors.toMap(Assignment::getEntryId, Assignment::getId, (a, b) -> a));
        return finals.findByRoundId(roundId).map(f -> detail(f, round, team -> null, myAssignments, null));
    }

    // ----- everyone who may see the contest ---------------------------------------------------------------------

    /**
     * The contest's finals as its page shows them: schedule and drawn order for anyone who may see the contest; the
     * caller's team is marked and named.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PitchFinalDetail> forContest(long contestId) {
        contests.page(contestId);
        Long myTeam = CurrentUser.get().isEmpty() ? null
                : memberships.myTeam(contestId).map(TeamMembership::teamId).orElse(null);
        Map<Long, JudgingRound> roundById = rounds.findByContestIdOrderByPosition(contestId).stream()
                .collect(Collectors.toMap(JudgingRound::getId, Function.identity()));
        return finals.findByContestIdOrderByStartsAt(contestId).stream()
                .map(f -> detail(f, roundById.get(f.getRoundId()), team -> null, Map.of(), myTeam)).toList();
    }

    /** The caller's team's pitch slot in the round's final as an iCalendar invitation (in UTC; apps show local time). */
    @PermitAll
    @Transactional(readOnly = true)
    public String invitation(long roundId, Locale locale) {
        JudgingRound round = rounds.findById(roundId).orElseThrow(NotFoundException::new);
        PitchFinalDetail pitchFinal = forContest(round.getContestId()).stream()
                .filter(f -> f.roundId() == roundId).findFirst().orElseThrow(NotFoundException::new);
        PitchRow mine = pitchFinal.mine().orElseThrow(NotFoundException::new);
        PitchFinalInput input = pitchFinal.input();
        String location = input.venue() == null ? input.onlineLink()
                : input.onlineLink() == null ? input.venue() : input.venue() + " · " + input.onlineLink();
        Localizable name = target -> pitchFinal.roundName().in(target) + " · #" + mine.position();
        return contests.invitation(round.getContestId(),
                new CalendarWindow("pitch-" + roundId + "-team-" + memberships.myTeam(round.getContestId())
                        .map(TeamMembership::teamId).orElseThrow(NotFoundException::new),
                        name, mine.starts(), mine.ends(), location), locale);
    }

    // ----- rules ------------------------------------------------------------------------------------------------

    private PitchFinalDetail detail(PitchFinal pitchFinal, JudgingRound round, Function<Long, String> teamName,
                                    Map<Long, Long> myAssignments, Long myTeam) {
        ContestPage contest = contests.page(pitchFinal.getContestId());
        List<PitchSlot> order = slots.findByFinalIdOrderByPosition(pitchFinal.getId());
        Map<Long, JudgingEntry> entryById = entries.findAllById(order.stream().map(PitchSlot::getEntryId).toList())
                .stream().collect(Collectors.toMap(JudgingEntry::getId, Function.identity()));
        List<PitchSchedule.Slot> times = PitchSchedule.slots(pitchFinal.timing(), order.size());
        List<PitchRow> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            PitchSlot slot = order.get(i);
            PitchSchedule.Slot time = times.get(i);
            boolean mine = myTeam != null && myTeam == slot.getTeamId();
            String name = mine ? memberships.myTeam(pitchFinal.getContestId()).map(TeamMembership::teamName)
                    .orElse(null) : teamName.apply(slot.getTeamId());
            JudgingEntry entry = entryById.get(slot.getEntryId());
            rows.add(new PitchRow(slot.getPosition(), slot.getEntryId(), entry == null ? null : entry.title(), name,
                    PitchSchedule.drawKey(pitchFinal.getSeed(), slot.getEntryId()), time.starts(), time.pitchEnds(),
                    time.ends(), myAssignments.get(slot.getEntryId()), mine));
        }
        return new PitchFinalDetail(pitchFinal.getId(), pitchFinal.getVersion(), pitchFinal.getContestId(),
                contest.zone(), round.getId(), round.toInput().name(), pitchFinal.toInput(), pitchFinal.getSeed(),
                pitchFinal.getDrawnAt(), rows, pitchFinal.getOnStage(), pitchFinal.getOnStageSince());
    }

    private static void validate(PitchFinalInput input) {
        if (input.startsAt() == null) {
            throw new UserFacingException("judging.pitch.error.start");
        }
        if (input.venue() == null && input.onlineLink() == null) {
            throw new UserFacingException("judging.pitch.error.where");
        }
        if (input.venue() != null && input.venue().length() > MAX_VENUE) {
            throw new UserFacingException("judging.pitch.error.venue", MAX_VENUE);
        }
        if (input.onlineLink() != null && !isWebLink(input.onlineLink())) {
            throw new UserFacingException("judging.pitch.error.link", MAX_LINK);
        }
        if (input.pitchMinutes() < 1 || input.pitchMinutes() > MAX_PITCH
                || input.qaMinutes() < 0 || input.qaMinutes() > MAX_PITCH) {
            throw new UserFacingException("judging.pitch.error.lengths", MAX_PITCH);
        }
        if (input.changeoverMinutes() < 0 || input.changeoverMinutes() > MAX_CHANGEOVER) {
            throw new UserFacingException("judging.pitch.error.changeover", MAX_CHANGEOVER);
        }
        if (input.breakEvery() < 0 || input.breakMinutes() < 0 || input.breakMinutes() > MAX_BREAK
                || input.breakEvery() > 0 && input.breakMinutes() == 0) {
            throw new UserFacingException("judging.pitch.error.breaks", MAX_BREAK);
        }
    }

    private static boolean isWebLink(String link) {
        if (link.length() > MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private JudgingRound managedRound(long roundId) {
        JudgingRound round = rounds.findById(roundId).orElseThrow(NotFoundException::new);
        if (!contests.canManage(round.getContestId())) {
            throw new NotFoundException();
        }
        return round;
    }
}
