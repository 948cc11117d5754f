package org.opencontest.shared.hash;

import java.util.List;
import java.util.function.BinaryOperator;

/**
 * A tamper-evident chain: each link's hash is SHA-256 over the previous link's hash joined with the link's canonical
 * entry, the first link's "previous hash" being {@link #GENESIS}. Altering, removing or reordering a stored link
 * changes a hash that a later link (or the chain's separately stored head) still remembers, and a {@link Walk}
 * re-computes the links in order and names the first one where that shows.
 * <p>
 * How the previous hash and the entry are joined is part of every stored hash, so each chain keeps the joining it
 * was written with: {@link #LINE_JOINED} (the judging log) and {@link #FIELD_JOINED} (the audit trail).
 */
public final class HashChain {

    /** The "previous hash" of the first link. */
    public static final String GENESIS = "0".repeat(64);

    /** Previous hash, a line break, the entry (canonical JSON); links are numbered 1, 2, 3, … without gaps. */
    public static final HashChain LINE_JOINED = new HashChain((previous, entry) -> previous + "\n" + entry, true);

    /**
     * The previous hash as the first {@link CanonicalFields canonical field}, then the entry (the other fields);
     * links are numbered by row id, which skips the ids of rolled-back transactions.
     */
    public static final HashChain FIELD_JOINED = new HashChain(
            (previous, entry) -> CanonicalFields.of(previous) + entry, false);

    /** A stored link: its position, the previous link's hash, the canonical entry and its own hash. */
    public record Link(long position, String previousHash, String entry, String hash) {
    }

    public enum Break {
        /** The positions skip or repeat a number: a link was removed or inserted. */
        SEQUENCE_GAP,
        /** The link does not point at the hash of the link before it. */
        PREVIOUS_MISMATCH,
        /** The link's hash is not the hash of its entry: the entry (or the hash) was altered. */
        CONTENT_ALTERED,
        /** The chain ends before the link its head remembers: the newest links were removed. */
        TAIL_REMOVED
    }

    /**
     * The outcome: intact, or where and how it first breaks.
     *
     * @param checked  how many links held before the break (all of them when intact)
     * @param brokenAt the position of the first link that does not hold
     */
    public record Verification(boolean intact, long checked, Long brokenAt, Break reason) {

        static Verification broken(long checked, long position, Break reason) {
            return new Verification(false, checked, position, reason);
        }
    }

    private final BinaryOperator<String> joining;
    private final boolean gapless;

    private HashChain(BinaryOperator<String> joining, boolean gapless) {
        this.joining = joining;
        this.gapless = gapless;
    }

    /** The hash of a link with {@code entry} after {@code previousHash}. */
    public String hash(String previousHash, String entry) {
        return Sha256.hex(joining.apply(previousHash, entry));
    }

    /** The link that follows {@code previous} (or starts the chain when it is null), at the next position. */
    public Link append(Link previous, String entry) {
        long position = previous == null ? 1 : previous.position() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        return new Link(position, previousHash, entry, hash(previousHash, entry));
    }

    /** Walks {@code links} (in position order) and checks that the chain ends where its head says it does. */
    public Verification verify(List<Link> links, long headPosition, String headHash) {
        Walk walk = walk();
        for (Link link : links) {
            if (!walk.next(link)) {
                return walk.result();
            }
        }
        return walk.endAt(headPosition, headHash);
    }

    /** A walk from the start of the chain, for links read in position order, batch by batch. */
    public Walk walk() {
        return new Walk();
    }

    /** Checks links one at a time against the link before; stops at the first that does not hold. */
    public final class Walk {

        private String expectedPrevious = GENESIS;
        private long lastPosition;
        private long checked;
        private Verification broken;

        private Walk() {
        }

        /** Checks the next link; false when it (or an earlier one) does not hold, and the walk is over. */
        public boolean next(Link link) {
            if (broken != null) {
                return false;
            }
            if (gapless ? link.position() != lastPosition + 1 : link.position() <= lastPosition) {
                broken = Verification.broken(checked, lastPosition + 1, Break.SEQUENCE_GAP);
            } else if (!link.previousHash().equals(expectedPrevious)) {
                broken = Verification.broken(checked, link.position(), Break.PREVIOUS_MISMATCH);
            } else if (!hash(link.previousHash(), link.entry()).equals(link.hash())) {
                broken = Verification.broken(checked, link.position(), Break.CONTENT_ALTERED);
            } else {
                expectedPrevious = link.hash();
                lastPosition = link.position();
                checked++;
            }
            return broken == null;
        }

        /** The outcome so far: where the walk broke, or intact with every link checked. */
        public Verification result() {
            return broken != null ? broken : new Verification(true, checked, null, null);
        }

        /**
         * The outcome once every link up to the head has been walked: removing the newest links leaves no trace
         * but the head (which remembers the last position and hash) no longer matching.
         */
        public Verification endAt(long headPosition, String headHash) {
            if (broken != null) {
                return broken;
            }
            if (lastPosition < headPosition) {
                return Verification.broken(checked, gapless ? lastPosition + 1 : headPosition, Break.TAIL_REMOVED);
            }
            if (!expectedPrevious.equals(headHash)) {
                return Verification.broken(Math.max(0, checked - 1), lastPosition, Break.CONTENT_ALTERED);
            }
            return result();
        }
    }
}
