package org.opencontest.judging.internal;

import java.io.Serializable;
import java.util.List;

/**
 * An entry as its judge sees it: the description the team submitted and its files. It never carries member names,
 * e-mail addresses or the team's id; {@code teamName} is null in blind rounds.
 */
public record EntryForJudge(long entryId, String titleEn, String titleZh, String abstractEn, String abstractZh,
        String datasets, String demoLink, String repositoryLink, String videoLink, String teamName,
        List<File> files) implements Serializable {

    public EntryForJudge {
        files = List.copyOf(files);
    }

    /** A file of the entry; its bytes come through a short-lived link ({@code JudgeScoring.fileLink}). */
    public record File(long fileId, String name, long size, String mediaType) implements Serializable {
    }
}
