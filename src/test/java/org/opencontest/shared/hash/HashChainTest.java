package org.opencontest.shared.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.hash.HashChain.Break;
import org.opencontest.shared.hash.HashChain.Link;
import org.opencontest.shared.hash.HashChain.Verification;

/** The tamper-evident chain: known SHA-256 values, and every kind of tampering found at the right link. */
class HashChainTest {

    private static final HashChain CHAIN = HashChain.LINE_JOINED;

    @Test
    void theLineJoinedHashIsSha256OverPreviousHashLineBreakAndEntry() {
        // printf '%s\n%s' "$(printf '0%.0s' {1..64})" '{}' | sha256sum
        assertThat(CHAIN.hash(HashChain.GENESIS, "{}"))
                .isEqualTo("5649d09ed68c17156095d175eef152856c5b1a81c117c409c1e00f096aa6838e");
    }

    @Test
    void theFieldJoinedHashPutsThePreviousHashFirstAsALengthPrefixedField() {
        assertThat(HashChain.FIELD_JOINED.hash(HashChain.GENESIS, CanonicalFields.of("ab")))
                .isEqualTo(Sha256.hex("64:" + HashChain.GENESIS + ";2:ab;"));
    }

    @Test
    void anIntactChainVerifies() {
        List<Link> chain = chain(5);

        assertThat(verify(chain)).isEqualTo(new Verification(true, 5, null, null));
        assertThat(chain.get(0).previousHash()).isEqualTo(HashChain.GENESIS);
        assertThat(chain.get(3).previousHash()).isEqualTo(chain.get(2).hash());
    }

    @Test
    void alteredContentIsFoundAtItsLink() {
        List<Link> chain = chain(5);
        Link third = chain.get(2);
        chain.set(2, new Link(3, third.previousHash(), third.entry().replace("63", "93"), third.hash()));

        assertThat(verify(chain)).isEqualTo(new Verification(false, 2, 3L, Break.CONTENT_ALTERED));
    }

    @Test
    void aRehashedRowIsFoundAtTheNextLink() {
        // the forger recomputed the altered row's own hash, but the next link still remembers the old one
        List<Link> chain = chain(5);
        rehashThird(chain);

        assertThat(verify(chain)).isEqualTo(new Verification(false, 3, 4L, Break.PREVIOUS_MISMATCH));
    }

    @Test
    void aRemovedRowIsAGapInAGaplessChain() {
        List<Link> chain = chain(5);
        chain.remove(1);

        assertThat(verify(chain)).isEqualTo(new Verification(false, 1, 2L, Break.SEQUENCE_GAP));
    }

    @Test
    void aChainNumberedByRowIdMaySkipNumbersButNotGoBack() {
        HashChain chain = HashChain.FIELD_JOINED;
        String first = CanonicalFields.of("first");
        String second = CanonicalFields.of("second");
        Link one = new Link(3, HashChain.GENESIS, first, chain.hash(HashChain.GENESIS, first));
        Link two = new Link(7, one.hash(), second, chain.hash(one.hash(), second));

        assertThat(chain.verify(List.of(one, two), 7, two.hash()).intact()).isTrue();
        assertThat(chain.verify(List.of(two, one), 7, one.hash()).intact()).isFalse();
    }

    @Test
    void removingTheNewestLinksIsCaughtByTheHead() {
        List<Link> chain = chain(5);
        Link head = chain.get(4);
        chain.remove(4);

        assertThat(CHAIN.verify(chain, head.position(), head.hash()))
                .isEqualTo(new Verification(false, 4, 5L, Break.TAIL_REMOVED));
        assertThat(CHAIN.verify(chain(5), head.position(), head.hash()).intact()).isTrue();
        assertThat(CHAIN.verify(List.of(), 0, HashChain.GENESIS).intact()).isTrue();
    }

    @Test
    void aRehashedNewestLinkIsCaughtByTheHead() {
        List<Link> chain = chain(3);
        Link last = chain.get(2);
        rehashThird(chain);

        assertThat(CHAIN.verify(chain, 3, last.hash()))
                .isEqualTo(new Verification(false, 2, 3L, Break.CONTENT_ALTERED));
    }

    @Test
    void aWalkGoesBatchByBatchAndStaysBrokenOnceBroken() {
        List<Link> chain = chain(4);
        HashChain.Walk walk = CHAIN.walk();
        assertThat(walk.next(chain.get(0))).isTrue();
        assertThat(walk.next(chain.get(2))).isFalse();
        assertThat(walk.next(chain.get(1))).isFalse();

        assertThat(walk.endAt(4, chain.get(3).hash()))
                .isEqualTo(new Verification(false, 1, 2L, Break.SEQUENCE_GAP));
    }

    @Test
    void theEmptyChainIsIntact() {
        assertThat(CHAIN.walk().endAt(0, HashChain.GENESIS).intact()).isTrue();
    }

    /** A forger alters the third link and recomputes its own hash. */
    private static void rehashThird(List<Link> chain) {
        Link third = chain.get(2);
        String forged = third.entry().replace("63", "93");
        chain.set(2, new Link(3, third.previousHash(), forged, CHAIN.hash(third.previousHash(), forged)));
    }

    private static Verification verify(List<Link> chain) {
        Link last = chain.get(chain.size() - 1);
        return CHAIN.verify(chain, last.position(), last.hash());
    }

    private static List<Link> chain(int length) {
        List<Link> links = new ArrayList<>();
        Link previous = null;
        for (int i = 1; i <= length; i++) {
            previous = CHAIN.append(previous, "{\"score\":" + (60 + i) + ",\"sheet\":" + i + "}");
            links.add(previous);
        }
        return links;
    }
}
