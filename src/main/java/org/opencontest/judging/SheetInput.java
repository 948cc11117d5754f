package org.opencontest.judging;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * What a judge enters on a sheet. A draft may leave scores out (null); submitting needs every criterion scored.
 *
 * @param scores   score per criterion key
 * @param comments comment per criterion key
 */
public record SheetInput(Map<String, Integer> scores, Map<String, String> comments, String teamComment,
        String privateNote) implements Serializable {

    public SheetInput {
        // a draft's undecided criteria are null values, which Map.copyOf refuses
        scores = scores == null ? Map.of() : new HashMap<>(scores);
        comments = comments == null ? Map.of() : Map.copyOf(comments);
        teamComment = teamComment == null ? "" : teamComment;
        privateNote = privateNote == null ? "" : privateNote;
    }
}
