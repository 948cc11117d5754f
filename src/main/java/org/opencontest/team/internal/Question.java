package org.opencontest.team.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.BaseEntity;
import org.opencontest.team.QuestionKind;

/** An eligibility question of a contest, asked of everyone who registers or joins a team. */
@Entity
@Table(name = "team_question")
public class Question extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "prompt_en", nullable = false)),
            @AttributeOverride(name = "zh", column = @Column(name = "prompt_zh", nullable = false))})
    private LocalizedText prompt;

    private String choices;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "required_answer")
    private String requiredAnswer;

    protected Question() {
    }

    public Question(long contestId) {
        this.contestId = contestId;
    }

    public void change(int position, QuestionKind kind, LocalizedText prompt, String choices, boolean required,
                       String requiredAnswer) {
        this.position = position;
        this.kind = kind;
        this.prompt = prompt;
        this.choices = choices;
        this.required = required;
        this.requiredAnswer = requiredAnswer;
    }

    public long getContestId() {
        return contestId;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public LocalizedText getPrompt() {
        return prompt;
    }

    public String getChoices() {
        return choices;
    }

    public boolean isRequired() {
        return required;
    }

    public String getRequiredAnswer() {
        return requiredAnswer;
    }
}
