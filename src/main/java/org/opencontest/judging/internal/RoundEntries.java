package org.opencontest.judging.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the entries of a round, inside the caller's transaction and after the caller's access check: the first
 * round's from the contest's final submissions, a later round's from the entries that advanced. One team has one
 * entry per round; a team already in the round is skipped, so both methods may be called again.
 */
@Component
public class RoundEntries {

    private final JudgingEntryRepository entries;
    private final JudgingRoundRepository rounds;
    private final Clock clock;

    RoundEntries(JudgingEntryRepository entries, JudgingRoundRepository rounds, Clock clock) {
        this.entries = entries;
        this.rounds = rounds;
        this.clock = clock;
    }

    /** Adds {@code sources} (submitted versions) as entries of the round; returns all of the round's entries. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<JudgingEntry> addSubmissions(long roundId, Collection<EntrySource> sources) {
        JudgingRound round = rounds.findById(roundId).orElseThrow();
        Set<Long> teams = teamsIn(roundId);
        List<JudgingEntry> added = new ArrayList<>();
        for (EntrySource source : sources) {
            if (teams.add(source.teamId())) {
                added.add(new JudgingEntry(roundId, round.getContestId(), source, null, clock.instant()));
            }
        }
        entries.saveAll(added);
        entries.flush();
        return entries.findByRoundIdOrderById(roundId);
    }

    /**
     * Makes entries of an earlier round of the same contest entries of {@code roundId} (advancement); each new entry
     * judges the same version and remembers where it came from. Returns all of the round's entries.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<JudgingEntry> advance(long roundId, Collection<Long> fromEntryIds) {
        JudgingRound round = rounds.findById(roundId).orElseThrow();
        Map<Long, JudgingEntry> from = entries.findAllById(fromEntryIds).stream()
                .collect(Collectors.toMap(JudgingEntry::getId, Function.identity()));
        Set<Long> teams = teamsIn(roundId);
        List<JudgingEntry> added = new ArrayList<>();
        for (long id : fromEntryIds) {
            JudgingEntry previous = from.get(id);
            if (previous == null || previous.getContestId() != round.getContestId()
                    || previous.getRoundId() == roundId) {
                throw new IllegalArgumentException("Entry " + id + " cannot advance into round " + roundId);
            }
            if (teams.add(previous.getTeamId())) {
                added.add(new JudgingEntry(roundId, round.getContestId(), previous.source(), previous.getId(),
                        clock.instant()));
            }
        }
        entries.saveAll(added);
        entries.flush();
        return entries.findByRoundIdOrderById(roundId);
    }

    private Set<Long> teamsIn(long roundId) {
        return entries.findByRoundIdOrderById(roundId).stream().map(JudgingEntry::getTeamId)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
