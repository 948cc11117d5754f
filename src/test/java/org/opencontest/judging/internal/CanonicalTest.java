package org.opencontest.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.hash.HashChain;

/** The judging log's entries: one canonical JSON text per content, so the chain's hashes can be recomputed. */
class CanonicalTest {

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

    @Test
    void aLogWrittenBeforeTheChainMovedToSharedStillVerifies() {
        // hashes computed by the judging module's former HashChain, as stored in judging_log_link
        HashChain.Link first = new HashChain.Link(1, HashChain.GENESIS,
                Canonical.json(Map.of("score", new BigDecimal("61.50"), "sheet", 1)),
                "c26b26933d97cfe2232dbacc011959815419192bfb0ef7dfb1c55aabcf8ffc5c");
        HashChain.Link second = new HashChain.Link(2, first.hash(),
                Canonical.json(Map.of("score", 62, "sheet", 2)),
                "2105b3ef48b8ee99433cae9689bc7bba7c0a7ce5328e92547dde2b073c3f916f");

        assertThat(HashChain.LINE_JOINED.verify(List.of(first, second), 2, second.hash()).intact()).isTrue();
    }
}
