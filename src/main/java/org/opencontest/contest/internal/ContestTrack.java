package org.opencontest.contest.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.BaseEntity;

/** A thematic track of a contest (e.g. traffic safety). Its id is stable across edits: submissions point at it. */
@Entity
@Table(name = "contest_track")
public class ContestTrack extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contest_id")
    private Contest contest;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "name_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "description_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))})
    private LocalizedText description;

    protected ContestTrack() {
    }

    ContestTrack(Contest contest) {
        this.contest = contest;
    }

    void update(int position, LocalizedText name, LocalizedText description) {
        this.position = position;
        this.name = name;
        this.description = description;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getName() {
        return LocalizedText.orEmpty(name);
    }

    public LocalizedText getDescription() {
        return LocalizedText.orEmpty(description);
    }
}
