package org.opencontest.judging.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The tamper-evident judging log: each link's hash is SHA-256 over the previous link's hash, a line break and the
 * link's canonical content. Altering, removing or reordering any stored row changes a hash that a later link (or
 * the row itself) still remembers, and {@link #verify} names the first link where that shows.
 */
public final class HashChain {

    /** The "previous hash" of the first link. */
    public static final String GENESIS = "0".repeat(64);

    /** A stored link: its position (1, 2, 3, …), the previous link's hash, the canonical content and its own hash. */
    public record Link(long sequence, String previousHash, String content, String hash) {
    }

    public enum Break {
        /** The sequence skips or repeats a number: a row was removed or inserted. */
        SEQUENCE_GAP,
        /** The link does not point at the hash of the link before it. */
        PREVIOUS_MISMATCH,
        /** The link's hash is not the hash of its content: the content (or the hash) was altered. */
        CONTENT_ALTERED,
        /** The chain ends before the link its head remembers: the newest links were removed. */
        TAIL_REMOVED
    }

    /**
     * The outcome: intact, or where and how it first breaks.
     *
     * @param checked how many links were checked before the break (all of them when intact)
     */
    public record Verification(boolean intact, int checked, Long brokenAt, Break reason) {

        static Verification intact(int checked) {
            return new Verification(true, checked, null, null);
        }

        static Verification broken(int checked, long sequence, Break reason) {
            return new Verification(false, checked, sequence, reason);
        }
    }

    private HashChain() {
    }

    /** The hash of a new link after {@code previousHash}. */
    public static String hash(String previousHash, String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
            digest.update(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The link that follows {@code previous} (or starts the chain when it is null). */
    public static Link append(Link previous, String content) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        return new Link(sequence, previousHash, content, hash(previousHash, content));
    }

    /**
     * Checks the links in sequence order and stops at the first one that does not hold; then checks that the chain
     * ends where its separately stored head says it does (removing the newest links leaves no other trace).
     */
    public static Verification verify(List<Link> links, long headSequence, String headHash) {
        Verification verification = verify(links);
        if (!verification.intact()) {
            return verification;
        }
        Link last = links.isEmpty() ? null : links.get(links.size() - 1);
        long lastSequence = last == null ? 0 : last.sequence();
        String lastHash = last == null ? GENESIS : last.hash();
        if (lastSequence < headSequence) {
            return Verification.broken(links.size(), lastSequence + 1, Break.TAIL_REMOVED);
        }
        if (!lastHash.equals(headHash)) {
            return Verification.broken(links.size() - 1, lastSequence, Break.CONTENT_ALTERED);
        }
        return verification;
    }

    /** Checks the links in sequence order and stops at the first one that does not hold. */
    public static Verification verify(List<Link> links) {
        String expectedPrevious = GENESIS;
        long expectedSequence = 1;
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (link.sequence() != expectedSequence) {
                return Verification.broken(i, expectedSequence, Break.SEQUENCE_GAP);
            }
            if (!link.previousHash().equals(expectedPrevious)) {
                return Verification.broken(i, link.sequence(), Break.PREVIOUS_MISMATCH);
            }
            if (!hash(link.previousHash(), link.content()).equals(link.hash())) {
                return Verification.broken(i, link.sequence(), Break.CONTENT_ALTERED);
            }
            expectedPrevious = link.hash();
            expectedSequence++;
        }
        return Verification.intact(links.size());
    }
}
