package org.opencontest.judging.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.judging.CriterionInput;

/** One criterion of a rubric; part of the rubric aggregate, so it has no version of its own. */
@Entity
@Table(name = "judging_criterion")
public class JudgingCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rubric_id")
    private JudgingRubric rubric;

    @Column(nullable = false)
    private int position;

    @Column(name = "criterion_key", nullable = false)
    private String key;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false)),
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh", nullable = false))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "description_en", nullable = false)),
            @AttributeOverride(name = "zh", column = @Column(name = "description_zh", nullable = false))})
    private LocalizedText description;

    @Column(nullable = false)
    private BigDecimal weight;

    @Column(name = "scale_min", nullable = false)
    private int min;

    @Column(name = "scale_max", nullable = false)
    private int max;

    // a list of texts, one per line: as a LocalizedText, stripping would drop a blank first or last level
    @Column(name = "levels_en", nullable = false)
    private String levelsEn;

    @Column(name = "levels_zh", nullable = false)
    private String levelsZh;

    protected JudgingCriterion() {
    }

    public JudgingCriterion(JudgingRubric rubric, int position, CriterionInput input) {
        this.rubric = rubric;
        this.position = position;
        this.key = input.key();
        this.name = input.name();
        this.description = input.description();
        this.weight = input.weight();
        this.min = input.min();
        this.max = input.max();
        this.levelsEn = String.join("\n", input.levels().stream().map(LocalizedText::en).toList());
        this.levelsZh = String.join("\n", input.levels().stream().map(LocalizedText::zh).toList());
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public int getMin() {
        return min;
    }

    public int getMax() {
        return max;
    }

    public CriterionInput toInput() {
        List<LocalizedText> levels = new ArrayList<>();
        if (!levelsEn.isEmpty() || !levelsZh.isEmpty()) {
            List<String> en = Arrays.asList(levelsEn.split("\n", -1));
            List<String> zh = Arrays.asList(levelsZh.split("\n", -1));
            for (int i = 0; i < Math.max(en.size(), zh.size()); i++) {
                levels.add(new LocalizedText(i < en.size() ? en.get(i) : "", i < zh.size() ? zh.get(i) : ""));
            }
        }
        return new CriterionInput(key, name, description, weight, min, max, levels);
    }
}
