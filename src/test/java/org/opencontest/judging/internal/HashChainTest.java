package org.opencontest.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencontest.judging.internal.HashChain.Break;
import org.opencontest.judging.internal.HashChain.Link;
import org.opencontest.judging.internal.HashChain.Verification;

/** The tamper-evident log: known SHA-256 values, and every kind of tampering found at the right link. */
class HashChainTest {

    @Test
    void theHashIsSha256OverPreviousHashLineBreakAndContent() {
        // printf '%s\n%s' "$(printf '0%.0s' {1..64})" '{}' | sha256sum
        assertThat(HashChain.hash(HashChain.GENESIS, "{}"))
                .isEqualTo("5649d09ed68c17156095d175eef152856c5b1a81c117c409c1e00f096aa6838e");
    }

    @Test
    void anIntactChainVerifies() {
        List<Link> chain = chain(5);

        assertThat(HashChain.verify(chain)).isEqualTo(new Verification(true, 5, null, null));
        assertThat(chain.get(0).previousHash()).isEqualTo(HashChain.GENESIS);
        assertThat(chain.get(3).previousHash()).isEqualTo(chain.get(2).hash());
    }

    @Test
    void alteredContentIsFoundAtItsLink() {
        List<Link> chain = chain(5);
        Link third = chain.get(2);
        chain.set(2, new Link(3, third.previousHash(), third.content().replace("63", "93"), third.hash()));

        assertThat(HashChain.verify(chain)).isEqualTo(new Verification(false, 2, 3L, Break.CONTENT_ALTERED));
    }

    @Test
    void aRehashedRowIsFoundAtTheNextLink() {
        // the forger recomputed the altered row's own hash, but the next link still remembers the old one
        List<Link> chain = chain(5);
        Link third = chain.get(2);
        String forged = third.content().replace("63", "93");
        chain.set(2, new Link(3, third.previousHash(), forged, HashChain.hash(third.previousHash(), forged)));

        assertThat(HashChain.verify(chain)).isEqualTo(new Verification(false, 3, 4L, Break.PREVIOUS_MISMATCH));
    }

    @Test
    void aRemovedRowIsAGap() {
        List<Link> chain = chain(5);
        chain.remove(1);

        assertThat(HashChain.verify(chain)).isEqualTo(new Verification(false, 1, 2L, Break.SEQUENCE_GAP));
    }

    @Test
    void removingTheNewestLinksIsCaughtByTheHead() {
        List<Link> chain = chain(5);
        Link head = chain.get(4);
        chain.remove(4);

        assertThat(HashChain.verify(chain, head.sequence(), head.hash()))
                .isEqualTo(new Verification(false, 4, 5L, Break.TAIL_REMOVED));
        assertThat(HashChain.verify(chain(5), head.sequence(), head.hash()).intact()).isTrue();
        assertThat(HashChain.verify(List.of(), 0, HashChain.GENESIS).intact()).isTrue();
    }

    @Test
    void aRehashedNewestLinkIsCaughtByTheHead() {
        List<Link> chain = chain(3);
        Link last = chain.get(2);
        String forged = last.content().replace("63", "93");
        chain.set(2, new Link(3, last.previousHash(), forged, HashChain.hash(last.previousHash(), forged)));

        assertThat(HashChain.verify(chain, 3, last.hash()))
                .isEqualTo(new Verification(false, 2, 3L, Break.CONTENT_ALTERED));
    }

    @Test
    void theEmptyChainIsIntact() {
        assertThat(HashChain.verify(List.of()).intact()).isTrue();
    }

    @Test
    void canonicalJsonSortsKeysAndWritesNumbersOneWay() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("z", List.of(1, "two\n\"quoted\""));
        content.put("a", new BigDecimal("61.50"));
        content.put("m", Map.of("y", true, "b", new BigDecimal("0.000")));
        content.put("n", null);

        assertThat(Canonical.json(content))
                .isEqualTo("{\"a\":61.5,\"m\":{\"b\":0,\"y\":true},\"n\":null,\"z\":[1,\"two\\n\\\"quoted\\\"\"]}");
        assertThatThrownBy(() -> Canonical.json(Map.of("x", 0.1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Link> chain(int length) {
        List<Link> links = new ArrayList<>();
        Link previous = null;
        for (int i = 1; i <= length; i++) {
            previous = HashChain.append(previous, Canonical.json(Map.of("sheet", i, "score",
                    new BigDecimal(60 + i))));
            links.add(previous);
        }
        return links;
    }
}
