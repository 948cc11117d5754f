package org.opencontest.contest.internal;

import java.math.BigDecimal;

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

/** A prize: an amount in a currency and/or a description; for the whole contest or for one track. */
@Entity
@Table(name = "contest_prize")
public class ContestPrize extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contest_id")
    private Contest contest;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "track_id")
    private ContestTrack track;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))})
    private LocalizedText title;

    private BigDecimal amount;

    private String currency;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "description_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))})
    private LocalizedText description;

    protected ContestPrize() {
    }

    ContestPrize(Contest contest) {
        this.contest = contest;
    }

    void update(int position, LocalizedText title, BigDecimal amount, String currency, LocalizedText description,
                ContestTrack track) {
        this.position = position;
        this.title = title;
        this.amount = amount;
        this.currency = amount == null ? null : currency;
        this.description = description;
        this.track = track;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getTitle() {
        return LocalizedText.orEmpty(title);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalizedText getDescription() {
        return LocalizedText.orEmpty(description);
    }

    public ContestTrack getTrack() {
        return track;
    }
}
