package org.opencontest.judging.internal;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.submission.FinalVersionChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a team's first-round entry on its final version: an assignment run while submission is still open takes
 * the version final at that moment, and the team may hand in a newer one before the deadline. The entry follows
 * until a judge has submitted a sheet on it; from then on the judged version stays, so that scores always belong
 * to the version they were given to.
 */
@Component
class EntryVersions {

    private final JudgingEntryRepository entries;
    private final ScoreSheetRepository sheets;

    EntryVersions(JudgingEntryRepository entries, ScoreSheetRepository sheets) {
        this.entries = entries;
        this.sheets = sheets;
    }

    @ApplicationModuleListener
    void on(FinalVersionChanged changed) {
        EntrySource source = new EntrySource(changed.versionId(), changed.packageId(), changed.teamId(),
                changed.trackId(), new LocalizedText(changed.titleEn(), changed.titleZh()));
        for (JudgingEntry entry : entries.findByContestIdAndTeamIdAndAdvancedFromEntryIdIsNull(changed.contestId(),
                changed.teamId())) {
            if (entry.getSubmissionVersionId() != changed.versionId()
                    && !sheets.existsForEntry(entry.getId(), SheetStatus.SUBMITTED)) {
                entry.follow(source);
            }
        }
    }
}
