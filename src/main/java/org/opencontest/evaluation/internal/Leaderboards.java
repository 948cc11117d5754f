package org.opencontest.evaluation.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.team.TeamMembership;
import org.opencontest.team.TeamMemberships;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public and private leaderboards. Whoever may read the contest's page may read them (anonymous visitors of a
 * published contest too). The public board ranks each team by its best public score among its scored, on-time
 * entries; late entries are scored but unranked. After the track's freeze, everyone but the team itself sees a team
 * as it stood at the freeze, until the reveal. The private board exists only after the organisers' reveal: the
 * team's final selections (its picks, or else its best entries by public score) count, the best private score
 * among them ranks it.
 * Ties go to the earlier submission. Private scores are never shown before the reveal, not even to the team.
 */
@Service
public class Leaderboards {

    private final ContestService contests;
    private final TeamMemberships memberships;
    private final EvaluatedTrackRepository tracks;
    private final EvaluationEntryRepository entries;
    private final ObjectStorage storage;
    private final Clock clock;

    Leaderboards(ContestService contests, TeamMemberships memberships, EvaluatedTrackRepository tracks,
                 EvaluationEntryRepository entries, ObjectStorage storage, Clock clock) {
        this.clock = clock;
        this.contests = contests;
        this.memberships = memberships;
        this.tracks = tracks;
        this.entries = entries;
        this.storage = storage;
    }

    /** The contest's leaderboards; {@code NotFoundException} when its page is not visible to the caller. */
    @PermitAll
    @Transactional(readOnly = true)
    public Leaderboard leaderboard(String slug) {
        ContestPage contest = contests.page(slug);
        Optional<TeamMembership> myTeam = memberships.myTeam(contest.id());
        Long myTeamId = myTeam.map(TeamMembership::teamId).orElse(null);
        List<Leaderboard.Board> boards = new ArrayList<>();
        Instant now = clock.instant();
        for (EvaluatedTrack track : tracks.findByContestIdOrderByIdAsc(contest.id())) {
            boards.add(board(contest, track, myTeamId, now));
        }
        return new Leaderboard(contest.id(), contest.slug(), contest.title(), contest.zone(),
                myTeam.map(TeamMembership::teamName).orElse(null), boards);
    }

    /**
     * Picks ({@code picked}) or drops one of the caller's team's entries as a final selection for the private board,
     * while the submission phase is open and only for on-time scored entries, up to the track's number of picks.
     * {@code NotFoundException} for anyone outside the entry's team.
     */
    @PermitAll
    @Transactional
    public EntryView select(String slug, long entryId, boolean picked) {
        ContestPage contest = contests.page(slug);
        long teamId = memberships.myTeam(contest.id()).map(TeamMembership::teamId)
                .orElseThrow(NotFoundException::new);
        EvaluationEntry candidate = entries.findById(entryId)
                .filter(entry -> entry.getContestId() == contest.id() && entry.getTeamId() == teamId)
                .orElseThrow(NotFoundException::new);
        if (!SubmissionDeadline.openAt(contest, clock.instant())) {
            throw new UserFacingException("evaluation.select.error.closed");
        }
        if (!candidate.isRankable()) {
            throw new UserFacingException("evaluation.select.error.unranked");
        }
        EvaluatedTrack track = tracks.findById(candidate.getTrackRef()).orElseThrow(NotFoundException::new);
        List<EvaluationEntry> teamEntries = entries.lockTeamEntries(track.getId(), teamId);
        int limit = track.rules().finalSelections();
        long others = teamEntries.stream().filter(entry -> entry.isSelected() && entry.getId() != entryId).count();
        if (picked && others >= limit) {
            throw new UserFacingException("evaluation.select.error.limit", limit);
        }
        EvaluationEntry entry = teamEntries.stream().filter(locked -> locked.getId() == entryId).findFirst()
                .orElseThrow(NotFoundException::new);
        entry.select(picked);
        return EntryView.of(entry, track.isRevealed());
    }

    /**
     * Streams the sample submission of an evaluated track (ids of its answer key, a placeholder prediction) to
     * {@code out}; for whoever may read the contest's page. {@code NotFoundException} when the track has no key yet.
     */
    @PermitAll
    public void sampleSubmission(String slug, long evaluatedTrackId, OutputStream out) {
        ContestPage contest = contests.page(slug);
        EvaluatedTrack track = tracks.findById(evaluatedTrackId)
                .filter(candidate -> candidate.getContestId() == contest.id() && candidate.getKeyObject() != null)
                .orElseThrow(NotFoundException::new);
        SampleSubmission.write(() -> CsvInput.utf8(storage.get(track.getKeyObject())), track.settings(), out);
    }

    /** The metrics of the contest's evaluated tracks (for the link on the contest page); empty when it has none. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<TrackSettings> metrics(long contestId) {
        return tracks.findByContestIdOrderByIdAsc(contestId).stream().map(EvaluatedTrack::settings).toList();
    }

    private Leaderboard.Board board(ContestPage contest, EvaluatedTrack track, Long myTeamId, Instant now) {
        List<EvaluationEntry> all = entries.findByTrackRefOrderBySubmittedAtAscIdAsc(track.getId());
        TrackSettings settings = track.settings();
        LeaderboardRules rules = track.rules();
        Metric metric = settings.metric();
        // a frozen board shows other teams as they stood at the freeze; the reveal ends the freeze
        Instant frozenSince = !track.isRevealed() && rules.frozenAt(now) ? rules.frozenFrom() : null;
        List<EvaluationEntry> visible = all.stream().filter(entry -> frozenSince == null
                || Objects.equals(entry.getTeamId(), myTeamId) || entry.getSubmittedAt().isBefore(frozenSince))
                .toList();
        List<Line> publicLines = publicLines(visible, metric);
        Map<Long, Integer> publicRanks = new LinkedHashMap<>();
        List<Leaderboard.Row> publicRows = new ArrayList<>();
        for (Line line : publicLines) {
            publicRanks.put(line.best().getTeamId(), publicRows.size() + 1);
            publicRows.add(row(publicRows.size() + 1, line, line.best().getPublicScore(), track, myTeamId, visible,
                    null, List.of()));
        }
        List<Leaderboard.Row> privateRows = new ArrayList<>();
        if (track.isRevealed()) {
            List<Line> privateLines = privateLines(publicLines, metric, rules);
            for (int i = 0; i < privateLines.size(); i++) {
                Line line = privateLines.get(i);
                privateRows.add(row(i + 1, line, line.best().getPrivateScore(), track, myTeamId, visible,
                        publicRanks.get(line.best().getTeamId()), tiedWith(privateLines, i)));
            }
        }
        List<EntryView> mine = myTeamId == null ? List.of() : all.stream()
                .filter(entry -> entry.getTeamId() == myTeamId)
                .sorted(Comparator.comparing(EvaluationEntry::getSubmittedAt).reversed())
                .map(entry -> EntryView.of(entry, track.isRevealed())).toList();
        LocalizedText trackName = contest.tracks().stream()
                .filter(candidate -> Objects.equals(candidate.id(), settings.trackId()))
                .map(ContestPage.Track::name).findFirst().orElse(contest.title());
        long publicKeyRows = track.getKeyPublicRows() == null ? 0 : track.getKeyPublicRows();
        return new Leaderboard.Board(track.getId(), trackName, metric, settings.rankingCutoff(),
                settings.precision(), track.isRevealed(),
                publicKeyRows, track.getKeyObject() != null, publicRows, privateRows, mine, rules.finalSelections(),
                SubmissionDeadline.openAt(contest, now), frozenSince,
                track.isRevealed() && track.getIntervalsAt() == null);
    }

    /** The entries the team picked; without a pick, its best public ones, as many as it could have picked. */
    private static Stream<EvaluationEntry> finalSelections(List<EvaluationEntry> teamEntries, LeaderboardRules rules,
                                                           Comparator<EvaluationEntry> byPublic) {
        List<EvaluationEntry> picked = teamEntries.stream().filter(EvaluationEntry::isSelected).toList();
        return picked.isEmpty() ? teamEntries.stream().sorted(byPublic).limit(rules.finalSelections())
                : picked.stream();
    }

    /**
     * The private ranking for advancing teams into a jury round: each ranked team's deciding entry, best first;
     * empty before the reveal. The caller has checked that the caller manages the contest.
     */
    List<EvaluationEntry> privateRanking(EvaluatedTrack track) {
        if (!track.isRevealed()) {
            return List.of();
        }
        Metric metric = track.settings().metric();
        List<Line> publicLines = publicLines(entries.findByTrackRefOrderBySubmittedAtAscIdAsc(track.getId()), metric);
        return privateLines(publicLines, metric, track.rules()).stream().map(Line::best).toList();
    }

    /** Each team with a scored, on-time entry: its best public entry and all such entries, best team first. */
    private static List<Line> publicLines(List<EvaluationEntry> all, Metric metric) {
        Map<Long, List<EvaluationEntry>> ranked = new LinkedHashMap<>();
        for (EvaluationEntry entry : all) {
            if (entry.isRankable()) {
                ranked.computeIfAbsent(entry.getTeamId(), team -> new ArrayList<>()).add(entry);
            }
        }
        Comparator<EvaluationEntry> byPublic = byScore(metric, EvaluationEntry::getPublicScore);
        return ranked.values().stream()
                .map(teamEntries -> new Line(teamEntries.stream().min(byPublic).orElseThrow(), teamEntries))
                .sorted(Comparator.comparing(Line::best, byPublic)).toList();
    }

    /** The teams' private lines: the best private score among each team's final selections, best team first. */
    private static List<Line> privateLines(List<Line> publicLines, Metric metric, LeaderboardRules rules) {
        Comparator<EvaluationEntry> byPublic = byScore(metric, EvaluationEntry::getPublicScore);
        Comparator<EvaluationEntry> byPrivate = byScore(metric, EvaluationEntry::getPrivateScore);
        return publicLines.stream()
                .map(line -> new Line(finalSelections(line.entries(), rules, byPublic)
                        .filter(entry -> entry.getPrivateScore() != null).min(byPrivate).orElse(null),
                        line.entries()))
                .filter(line -> line.best() != null)
                .sorted(Comparator.comparing(Line::best, byPrivate)).toList();
    }

    /**
     * The ranks (from 1) next to place {@code i} that its entry is statistically tied with. A stored tie names the
     * entry that was just below when the intervals were computed, so it counts only while that is still so.
     */
    private static List<Integer> tiedWith(List<Line> lines, int i) {
        List<Integer> ranks = new ArrayList<>();
        if (i > 0 && tied(lines.get(i - 1), lines.get(i))) {
            ranks.add(i);
        }
        if (i + 1 < lines.size() && tied(lines.get(i), lines.get(i + 1))) {
            ranks.add(i + 2);
        }
        return ranks;
    }

    private static boolean tied(Line above, Line below) {
        return Objects.equals(above.best().getPrivateTiedEntry(), below.best().getId());
    }

    private static Leaderboard.Row row(int rank, Line line, double score, EvaluatedTrack track, Long myTeamId,
                                       List<EvaluationEntry> visible, Integer publicRank, List<Integer> tiedWith) {
        long teamId = line.best().getTeamId();
        boolean mine = myTeamId != null && myTeamId == teamId;
        String name = track.settings().blind() && !mine ? null : line.best().getTeamName();
        var last = visible.stream().filter(entry -> entry.getTeamId() == teamId)
                .map(EvaluationEntry::getSubmittedAt).max(Comparator.naturalOrder()).orElseThrow();
        // the interval belongs to the private score only
        boolean revealedRow = publicRank != null;
        return new Leaderboard.Row(rank, name, mine, score, line.entries().size(), last, publicRank,
                revealedRow ? line.best().getPrivateLow() : null, revealedRow ? line.best().getPrivateHigh() : null,
                tiedWith);
    }

    /** Better score first; equal scores: the earlier submission first. Only for entries that have the score. */
    static Comparator<EvaluationEntry> byScore(Metric metric, ToDoubleFunction<EvaluationEntry> score) {
        Comparator<EvaluationEntry> better = (a, b) -> metric.compare(score.applyAsDouble(a), score.applyAsDouble(b));
        return better.thenComparing(EvaluationEntry::getSubmittedAt).thenComparing(EvaluationEntry::getId);
    }

    private record Line(EvaluationEntry best, List<EvaluationEntry> entries) {
    }
}
