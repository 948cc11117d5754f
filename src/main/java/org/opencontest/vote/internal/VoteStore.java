package org.opencontest.vote.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opencontest.shared.i18n.LocalizedText;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The vote tables (V320) in plain SQL: a vote's rows are few and fixed, its ballots many and written once, so
 * every read is one statement and every count is done by the database.
 */
@Component
class VoteStore {

    /** A vote's stored row. */
    record PollRow(long id, long version, long contestId, Long trackId, EntryChoice entries, int votesPerVoter,
                   int minAccountAgeHours, Instant opensAt, Instant closesAt, Instant closedEarlyAt,
                   Instant publishedAt, long createdBy, boolean planned, Instant entriesTakenAt, Instant cancelledAt,
                   Instant notOpenedAt) {

        PollSpec spec() {
            return new PollSpec(trackId, entries, votesPerVoter, minAccountAgeHours, opensAt, closesAt);
        }

        Instant effectiveClose() {
            return closedEarlyAt != null && closedEarlyAt.isBefore(closesAt) ? closedEarlyAt : closesAt;
        }

        PollState stateAt(Instant now) {
            if (cancelledAt != null) {
                return PollState.CANCELLED;
            }
            if (notOpenedAt != null) {
                return PollState.NOT_OPENED;
            }
            if (entriesTakenAt == null) {
                return PollState.PLANNED;
            }
            if (publishedAt != null) {
                return PollState.PUBLISHED;
            }
            if (now.isBefore(opensAt)) {
                return PollState.SCHEDULED;
            }
            return now.isBefore(effectiveClose()) ? PollState.OPEN : PollState.CLOSED;
        }
    }

    /** An entry as it was taken into the vote. */
    record EntryRow(long id, long pollId, long submissionId, long teamId, String teamName, long trackKey,
                    LocalizedText title) {
    }

    /** What the anomaly rules read of a valid ballot. */
    record BallotFact(long id, long entryId, long voterId, String network, Instant voterCreatedAt, Instant castAt) {
    }

    private static final String POLL_COLUMNS = "id, version, contest_id, track_id, entry_choice, votes_per_voter, "
            + "min_account_age_hours, opens_at, closes_at, closed_early_at, published_at, created_by, planned, "
            + "entries_taken_at, cancelled_at, not_opened_at";
    /** A planned vote still waiting for its window: neither opened, cancelled nor given up. */
    private static final String WAITING = "entries_taken_at IS NULL AND cancelled_at IS NULL AND not_opened_at IS NULL";

    private final NamedParameterJdbcTemplate jdbc;

    VoteStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ----- polls ------------------------------------------------------------------------------------------------

    /** A vote; {@code planned} leaves its entries to be taken when its window starts. */
    long insertPoll(long contestId, PollSpec spec, long by, Instant now, boolean planned) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO vote_poll (contest_id, track_id, entry_choice, votes_per_voter, min_account_age_hours, "
                + "opens_at, closes_at, created_by, created_at, planned, entries_taken_at) VALUES (:contest, :track, "
                + ":choice, :perVoter, :age, :opens, :closes, :by, :now, :planned, :taken)", new MapSqlParameterSource()
                .addValue("planned", planned).addValue("taken", planned ? null : at(now))
                .addValue("contest", contestId).addValue("track", spec.trackId())
                .addValue("choice", spec.entries().name()).addValue("perVoter", spec.votesPerVoter())
                .addValue("age", spec.minAccountAgeHours()).addValue("opens", at(spec.opensAt()))
                .addValue("closes", at(spec.closesAt())).addValue("by", by).addValue("now", at(now)),
                keys, new String[] {"id"});
        return keys.getKey().longValue();
    }

    Optional<PollRow> poll(long pollId) {
        return jdbc.query("SELECT " + POLL_COLUMNS + " FROM vote_poll WHERE id = :id", Map.of("id", pollId),
                VoteStore::pollRow).stream().findFirst();
    }

    List<PollRow> polls(long contestId) {
        return jdbc.query("SELECT " + POLL_COLUMNS + " FROM vote_poll WHERE contest_id = :contest ORDER BY id",
                Map.of("contest", contestId), VoteStore::pollRow);
    }

    /** The planned votes whose window has started and that still wait for their entries, oldest window first. */
    List<Long> waitingSince(Instant now) {
        return jdbc.queryForList("SELECT id FROM vote_poll WHERE " + WAITING + " AND opens_at <= :now "
                + "ORDER BY opens_at, id", new MapSqlParameterSource("now", at(now)), Long.class);
    }

    /** Marks a waiting planned vote opened (its entries go in within the transaction); false if it no longer waits. */
    boolean markEntriesTaken(long pollId, Instant now) {
        return jdbc.update("UPDATE vote_poll SET entries_taken_at = :now, version = version + 1 WHERE id = :id AND "
                + WAITING, new MapSqlParameterSource("id", pollId).addValue("now", at(now))) == 1;
    }

    /** Gives up a waiting planned vote that found no entries; false if it no longer waits. */
    boolean markNotOpened(long pollId, Instant now) {
        return jdbc.update("UPDATE vote_poll SET not_opened_at = :now, version = version + 1 WHERE id = :id AND "
                + WAITING, new MapSqlParameterSource("id", pollId).addValue("now", at(now))) == 1;
    }

    /** Cancels a waiting planned vote as the organiser saw it; false when it changed or no longer waits. */
    boolean cancel(long pollId, long version, Instant now) {
        return jdbc.update("UPDATE vote_poll SET cancelled_at = :now, version = version + 1 WHERE id = :id AND "
                + "version = :version AND " + WAITING, new MapSqlParameterSource("id", pollId)
                .addValue("version", version).addValue("now", at(now))) == 1;
    }

    /** Closes the window now; false when someone changed the vote meanwhile. */
    boolean closeEarly(long pollId, long version, Instant now) {
        return jdbc.update("UPDATE vote_poll SET closed_early_at = :now, version = version + 1 WHERE id = :id "
                + "AND version = :version AND closed_early_at IS NULL", new MapSqlParameterSource("id", pollId)
                .addValue("version", version).addValue("now", at(now))) == 1;
    }

    boolean publish(long pollId, long version, Instant now) {
        return jdbc.update("UPDATE vote_poll SET published_at = :now, version = version + 1 WHERE id = :id "
                + "AND version = :version AND published_at IS NULL", new MapSqlParameterSource("id", pollId)
                .addValue("version", version).addValue("now", at(now))) == 1;
    }

    // ----- entries ----------------------------------------------------------------------------------------------

    void insertEntries(long pollId, List<EntryRow> entries) {
        jdbc.batchUpdate("INSERT INTO vote_entry (poll_id, submission_id, team_id, team_name, track_key, title_en, "
                + "title_zh) VALUES (:poll, :submission, :team, :teamName, :track, :en, :zh)", entries.stream()
                .map(entry -> new MapSqlParameterSource("poll", pollId).addValue("submission", entry.submissionId())
                        .addValue("team", entry.teamId()).addValue("teamName", entry.teamName())
                        .addValue("track", entry.trackKey()).addValue("en", entry.title().en())
                        .addValue("zh", entry.title().zh()))
                .toArray(MapSqlParameterSource[]::new));
    }

    List<EntryRow> entries(long pollId) {
        return jdbc.query("SELECT id, poll_id, submission_id, team_id, team_name, track_key, title_en, title_zh "
                + "FROM vote_entry WHERE poll_id = :poll ORDER BY id", Map.of("poll", pollId), VoteStore::entryRow);
    }

    Optional<EntryRow> entry(long entryId) {
        return jdbc.query("SELECT id, poll_id, submission_id, team_id, team_name, track_key, title_en, title_zh "
                + "FROM vote_entry WHERE id = :id", Map.of("id", entryId), VoteStore::entryRow).stream().findFirst();
    }

    /** Entries per vote, for lists. */
    Map<Long, Integer> entryCounts(long contestId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("SELECT e.poll_id, COUNT(*) AS n FROM vote_entry e JOIN vote_poll p ON p.id = e.poll_id "
                + "WHERE p.contest_id = :contest GROUP BY e.poll_id", Map.of("contest", contestId),
                rs -> {
                    counts.put(rs.getLong("poll_id"), rs.getInt("n"));
                });
        return counts;
    }

    // ----- ballots ----------------------------------------------------------------------------------------------

    /** Inserts a ballot; a second one for the same entry or slot fails with {@code DuplicateKeyException}. */
    void insertBallot(EntryRow entry, int slot, long voterId, String network, Instant voterCreatedAt, Instant now) {
        jdbc.update("INSERT INTO vote_ballot (poll_id, entry_id, track_key, slot, voter_id, network, voter_created_at, "
                + "cast_at) VALUES (:poll, :entry, :track, :slot, :voter, :network, :created, :now)",
                new MapSqlParameterSource("poll", entry.pollId()).addValue("entry", entry.id())
                        .addValue("track", entry.trackKey()).addValue("slot", slot).addValue("voter", voterId)
                        .addValue("network", network).addValue("created", at(voterCreatedAt))
                        .addValue("now", at(now)));
    }

    /** The voter's ballots in this vote and track, voided ones included (a voided vote is not given back). */
    int ballotsInTrack(long pollId, long voterId, long trackKey) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM vote_ballot WHERE poll_id = :poll AND voter_id = :voter "
                + "AND track_key = :track", new MapSqlParameterSource("poll", pollId).addValue("voter", voterId)
                .addValue("track", trackKey), Integer.class);
    }

    boolean hasBallot(long entryId, long voterId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM vote_ballot WHERE entry_id = :entry "
                + "AND voter_id = :voter", new MapSqlParameterSource("entry", entryId).addValue("voter", voterId),
                Boolean.class));
    }

    Set<Long> myEntries(long pollId, long voterId) {
        return new HashSet<>(jdbc.queryForList("SELECT entry_id FROM vote_ballot WHERE poll_id = :poll "
                + "AND voter_id = :voter", new MapSqlParameterSource("poll", pollId).addValue("voter", voterId),
                Long.class));
    }

    /** Ballots the account cast since {@code since}, in any vote. */
    long ballotsByVoterSince(long voterId, Instant since) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM vote_ballot WHERE voter_id = :voter AND cast_at >= :since",
                new MapSqlParameterSource("voter", voterId).addValue("since", at(since)), Long.class);
    }

    /** Ballots cast from the network since {@code since}, in any vote. */
    long ballotsFromNetworkSince(String network, Instant since) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM vote_ballot WHERE network = :network AND cast_at >= :since",
                new MapSqlParameterSource("network", network).addValue("since", at(since)), Long.class);
    }

    /** Ballots and voided ballots per vote of the contest. */
    Map<Long, long[]> ballotCounts(long contestId) {
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.query("SELECT b.poll_id, COUNT(*) AS n, SUM(CASE WHEN b.voided_at IS NULL THEN 0 ELSE 1 END) AS voided "
                + "FROM vote_ballot b JOIN vote_poll p ON p.id = b.poll_id WHERE p.contest_id = :contest "
                + "GROUP BY b.poll_id", Map.of("contest", contestId),
                rs -> {
                    counts.put(rs.getLong("poll_id"), new long[] {rs.getLong("n"), rs.getLong("voided")});
                });
        return counts;
    }

    /** Valid votes per entry, most first (ties by entry), every entry of the vote included. */
    List<ResultRow> results(long pollId) {
        return jdbc.query("SELECT e.id, e.team_name, e.title_en, e.title_zh, COUNT(b.id) AS votes FROM vote_entry e "
                + "LEFT JOIN vote_ballot b ON b.entry_id = e.id AND b.voided_at IS NULL WHERE e.poll_id = :poll "
                + "GROUP BY e.id, e.team_name, e.title_en, e.title_zh ORDER BY votes DESC, e.id",
                Map.of("poll", pollId), (rs, row) -> new ResultRow(rs.getLong("id"), rs.getString("team_name"),
                        title(rs), rs.getLong("votes")));
    }

    /** The valid ballots of a vote, oldest first, for the anomaly rules. */
    List<BallotFact> validBallots(long pollId) {
        return jdbc.query("SELECT id, entry_id, voter_id, network, voter_created_at, cast_at FROM vote_ballot "
                + "WHERE poll_id = :poll AND voided_at IS NULL ORDER BY cast_at, id", Map.of("poll", pollId),
                (rs, row) -> new BallotFact(rs.getLong("id"), rs.getLong("entry_id"), rs.getLong("voter_id"),
                        rs.getString("network"), instant(rs, "voter_created_at"), instant(rs, "cast_at")));
    }

    List<BallotRow> ballots(long pollId, int offset, int limit) {
        return jdbc.query("SELECT b.id, e.title_en, e.title_zh, e.team_name, b.voter_id, b.network, b.cast_at, "
                + "b.voter_created_at, b.voided_at, b.void_reason FROM vote_ballot b JOIN vote_entry e "
                + "ON e.id = b.entry_id WHERE b.poll_id = :poll ORDER BY b.cast_at DESC, b.id DESC "
                + "LIMIT :limit OFFSET :offset", new MapSqlParameterSource("poll", pollId).addValue("limit", limit)
                .addValue("offset", offset), (rs, row) -> new BallotRow(rs.getLong("id"), title(rs),
                rs.getString("team_name"), rs.getLong("voter_id"), rs.getString("network"), instant(rs, "cast_at"),
                Math.max(0, instant(rs, "cast_at").getEpochSecond() - instant(rs, "voter_created_at").getEpochSecond()),
                instant(rs, "voided_at"), rs.getString("void_reason")));
    }

    long countBallots(long pollId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM vote_ballot WHERE poll_id = :poll", Map.of("poll", pollId),
                Long.class);
    }

    /** Voids the vote's still valid ballots among {@code ids}; returns the ids it voided. */
    List<Long> voidBallots(long pollId, Collection<Long> ids, long by, String reason, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("poll", pollId).addValue("ids", ids)
                .addValue("by", by).addValue("reason", reason).addValue("now", at(now));
        List<Long> voidable = jdbc.queryForList("SELECT id FROM vote_ballot WHERE poll_id = :poll AND id IN (:ids) "
                + "AND voided_at IS NULL ORDER BY id FOR UPDATE", params, Long.class);
        if (!voidable.isEmpty()) {
            params.addValue("ids", voidable);
            jdbc.update("UPDATE vote_ballot SET voided_at = :now, voided_by = :by, void_reason = :reason "
                    + "WHERE id IN (:ids)", params);
        }
        return voidable;
    }

    // ----- mapping ----------------------------------------------------------------------------------------------

    private static PollRow pollRow(ResultSet rs, int row) throws SQLException {
        long track = rs.getLong("track_id");
        // wasNull speaks of the last column read, so it is asked before any other
        Long trackId = rs.wasNull() ? null : track;
        return new PollRow(rs.getLong("id"), rs.getLong("version"), rs.getLong("contest_id"),
                trackId, EntryChoice.valueOf(rs.getString("entry_choice")),
                rs.getInt("votes_per_voter"), rs.getInt("min_account_age_hours"), instant(rs, "opens_at"),
                instant(rs, "closes_at"), instant(rs, "closed_early_at"), instant(rs, "published_at"),
                rs.getLong("created_by"), rs.getBoolean("planned"), instant(rs, "entries_taken_at"),
                instant(rs, "cancelled_at"), instant(rs, "not_opened_at"));
    }

    private static EntryRow entryRow(ResultSet rs, int row) throws SQLException {
        return new EntryRow(rs.getLong("id"), rs.getLong("poll_id"), rs.getLong("submission_id"),
                rs.getLong("team_id"), rs.getString("team_name"), rs.getLong("track_key"), title(rs));
    }

    private static LocalizedText title(ResultSet rs) throws SQLException {
        return LocalizedText.orEmpty(new LocalizedText(rs.getString("title_en"), rs.getString("title_zh")));
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
