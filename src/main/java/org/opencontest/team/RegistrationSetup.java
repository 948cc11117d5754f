package org.opencontest.team;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.audit.AuditLog;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.Roles;
import org.opencontest.team.internal.Constraints;
import org.opencontest.team.internal.OrganiserAccess;
import org.opencontest.team.internal.Question;
import org.opencontest.team.internal.QuestionRepository;
import org.opencontest.team.internal.Registrations;
import org.opencontest.team.internal.RegistrationSettings;
import org.opencontest.team.internal.RegistrationSettingsRepository;
import org.opencontest.team.internal.TeamRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How teams register in a contest, as its organisers (and administrators) set it up: approval, solo teams, the lock
 * and merge deadlines, the rules version and the eligibility questions. A contest the caller does not organise
 * answers {@link NotFoundException}, like a missing one. Changes are recorded in the audit trail.
 */
@Service
public class RegistrationSetup {

    static final String SETTINGS_CHANGED = "team.settings.changed";
    private static final int MAX_RULES_VERSION = 40;
    private static final int MAX_PROMPT = 500;
    private static final int MAX_CHOICE = 200;

    private final Registrations registrations;
    private final OrganiserAccess access;
    private final TeamRepository teams;
    private final RegistrationSettingsRepository settings;
    private final QuestionRepository questions;
    private final AuditLog audit;
    private final Clock clock;

    RegistrationSetup(Registrations registrations, OrganiserAccess access, TeamRepository teams,
                      RegistrationSettingsRepository settings, QuestionRepository questions, AuditLog audit,
                      Clock clock) {
        this.registrations = registrations;
        this.access = access;
        this.teams = teams;
        this.settings = settings;
        this.questions = questions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The contest, its registration settings and questions, and how many teams have each status. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public ContestTeams overview(long contestId) {
        var contest = access.contest(contestId);
        Map<TeamStatus, Long> counts = new EnumMap<>(TeamStatus.class);
        for (TeamStatus status : TeamStatus.values()) {
            counts.put(status, teams.countByContestIdAndStatus(contestId, status));
        }
        return new ContestTeams(contest, registrations.settings(contestId), registrations.questions(contestId), counts);
    }

    /** The contest's registration settings (the defaults until the organiser saves them). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public TeamSettings settings(long contestId) {
        access.requireManaged(contestId);
        return registrations.settings(contestId);
    }

    /**
     * Saves the registration settings, quoting the version they were loaded with. The merge deadline may not lie
     * after the lock instant: merging changes membership.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TeamSettings saveSettings(TeamSettings changed) {
        access.requireManaged(changed.contestId());
        return store(changed);
    }

    /**
     * Saves settings and eligibility questions together (one version guards both). Questions are kept in the given
     * order; those left out are deleted with their answers. Each question needs an English prompt (the Chinese one
     * falls back to it), a choice question at least two distinct options, and a required answer that is possible.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TeamSettings saveRegistration(TeamSettings changed, List<EligibilityQuestion> asked) {
        access.requireManaged(changed.contestId());
        List<EligibilityQuestion> checked = asked.stream().map(RegistrationSetup::checkQuestion).toList();
        TeamSettings saved = store(changed);
        Map<Long, Question> existing = questions.findByContestIdOrderByPositionAscIdAsc(changed.contestId()).stream()
                .collect(Collectors.toMap(Question::getId, Function.identity()));
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < checked.size(); i++) {
            EligibilityQuestion question = checked.get(i);
            Question row = question.id() == null ? new Question(changed.contestId()) : existing.get(question.id());
            if (row == null) {
                throw new UserFacingException("error.concurrentEdit");
            }
            row.change(i, question.kind(), new LocalizedText(question.promptEn(), question.promptZh()),
                    question.choices().isEmpty() ? null : String.join("\n", question.choices()),
                    question.required(), question.requiredAnswer());
            kept.add(questions.save(row).getId());
        }
        existing.values().stream().filter(row -> !kept.contains(row.getId())).forEach(questions::delete);
        questions.flush();
        return saved;
    }

    private TeamSettings store(TeamSettings changed) {
        RegistrationSettings row = settings.findByContestId(changed.contestId())
                .orElseGet(() -> new RegistrationSettings(changed.contestId(), clock.instant()));
        if (row.getVersion() != changed.version()) {
            throw new UserFacingException("error.concurrentEdit");
        }
        if (changed.lockAt() != null && changed.mergeDeadline() != null
                && changed.mergeDeadline().isAfter(changed.lockAt())) {
            throw new UserFacingException("team.settings.error.mergeAfterLock");
        }
        String rulesVersion = changed.rulesVersion() == null || changed.rulesVersion().isBlank() ? null
                : changed.rulesVersion().strip();
        if (rulesVersion != null && rulesVersion.length() > MAX_RULES_VERSION) {
            throw new UserFacingException("team.settings.error.rulesVersionLength", MAX_RULES_VERSION);
        }
        row.change(changed.approvalRequired(), changed.soloAllowed(), changed.lockAt(), changed.mergeDeadline(),
                rulesVersion, clock.instant());
        try {
            settings.saveAndFlush(row);
        } catch (DataIntegrityViolationException violation) {
            if (Constraints.violated(violation, "team_settings_contest_unique")) {
                // two organisers saved the first settings of the contest at once
                throw new UserFacingException("error.concurrentEdit");
            }
            throw violation;
        }
        audit.record(SETTINGS_CHANGED, "contest:" + changed.contestId(), "approval=" + changed.approvalRequired()
                + " solo=" + changed.soloAllowed() + " lock=" + changed.lockAt() + " merge="
                + changed.mergeDeadline() + " rules=" + rulesVersion);
        return registrations.settings(changed.contestId());
    }

    private static EligibilityQuestion checkQuestion(EligibilityQuestion question) {
        if (question.kind() == null) {
            throw new UserFacingException("team.question.error.kind");
        }
        String promptEn = OrganiserAccess.required(question.promptEn(), MAX_PROMPT, "team.question.error.prompt");
        String promptZh = question.promptZh() == null || question.promptZh().isBlank() ? promptEn
                : OrganiserAccess.required(question.promptZh(), MAX_PROMPT, "team.question.error.prompt");
        List<String> choices = question.kind() != QuestionKind.CHOICE ? List.of()
                : question.choices().stream().map(String::strip).filter(choice -> !choice.isEmpty()).distinct()
                .toList();
        if (question.kind() == QuestionKind.CHOICE && (choices.size() < 2
                || choices.stream().anyMatch(choice -> choice.length() > MAX_CHOICE || choice.contains("\n")))) {
            throw new UserFacingException("team.question.error.choices", promptEn);
        }
        String requiredAnswer = question.requiredAnswer() == null || question.requiredAnswer().isBlank() ? null
                : question.requiredAnswer().strip();
        boolean possible = requiredAnswer == null || switch (question.kind()) {
            case YES_NO -> requiredAnswer.equals(QuestionKind.YES) || requiredAnswer.equals(QuestionKind.NO);
            case CHOICE -> choices.contains(requiredAnswer);
            case TEXT -> false;
        };
        if (!possible) {
            throw new UserFacingException("team.question.error.requiredAnswer", promptEn);
        }
        return new EligibilityQuestion(question.id(), question.kind(), promptEn, promptZh, choices,
                question.required() || requiredAnswer != null, requiredAnswer);
    }
}
