package org.opencontest.judging.internal;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * A round's assignment as its organisers see it: coverage per entry, load per judge, whether the judge–entry graph
 * is connected, and why the last automatic run fell short (empty after a complete run).
 *
 * @param components connected pieces of the judge–entry graph (1: per-judge normalisation compares everyone)
 * @param submissionCloses for a first round while teams may still submit: when submission closes; null otherwise
 */
public record AssignmentOverview(long roundId, long contestId, LocalizedText roundName, int judgesPerEntry,
        boolean blind, Instant judgingDeadline, ZoneId contestZone, List<Coverage> entries, List<Load> judges,
        int components, List<Issue> issues, Instant submissionCloses) implements Serializable {

    public AssignmentOverview {
        entries = List.copyOf(entries);
        judges = List.copyOf(judges);
        issues = List.copyOf(issues);
    }

    /** An entry and its judges (recused ones included, marked). */
    public record Coverage(long entryId, LocalizedText title, String teamName, Long trackId, List<Assigned> judges)
            implements Serializable {

        public Coverage {
            judges = List.copyOf(judges);
        }

        public long active() {
            return judges.stream().filter(judge -> judge.progress() != SheetProgress.RECUSED).count();
        }
    }

    /** A judge on an entry; {@code manual} when an organiser added it by hand. */
    public record Assigned(long assignmentId, long judgeId, String judgeName, boolean manual, SheetProgress progress,
            String recusalReason) implements Serializable {
    }

    /** A judge's load against their maximum, and how many of their sheets are submitted. */
    public record Load(long judgeId, String judgeName, int load, int maxLoad, int submitted) implements Serializable {
    }

    /** A reason the assignment falls short, as a message key and its arguments. */
    public record Issue(String messageKey, List<Object> arguments) implements Serializable {

        public Issue {
            arguments = List.copyOf(arguments);
        }
    }
}
