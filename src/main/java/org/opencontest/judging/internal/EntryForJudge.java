package org.opencontest.judging.internal;

import java.io.Serializable;
import java.util.List;

import org.opencontest.dataset.DatasetChoice;

/**
 * An entry as its judge sees it: the description the team submitted and its files. It never carries member names,
 * e-mail addresses or the team's id; {@code teamName} is null in blind rounds.
 *
 * @param datasets  the contest's datasets the team declared as used
 * @param otherData other data used, as the team named it, or null
 */
public record EntryForJudge(long entryId, String titleEn, String titleZh, String abstractEn, String abstractZh,
        List<DatasetChoice> datasets, String otherData, String demoLink, String repositoryLink, String videoLink, String teamName,
        List<File> files) implements Serializable {

    public EntryForJudge {
        datasets = List.copyOf(datasets);
        files = List.copyOf(files);
    }

    /** A file of the entry; its bytes come through a short-lived link ({@code JudgeScoring.fileLink}). */
    public record File(long fileId, String name, long size, String mediaType) implements Serializable {
    }
}
