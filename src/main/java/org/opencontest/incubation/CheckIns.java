package org.opencontest.incubation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.incubation.internal.CheckIn;
import org.opencontest.incubation.internal.CheckInRepository;
import org.opencontest.incubation.internal.CheckInStatus;
import org.opencontest.incubation.internal.EvidenceRepository;
import org.opencontest.incubation.internal.EvidenceView;
import org.opencontest.incubation.internal.IncubationMails;
import org.opencontest.incubation.internal.KpiRules;
import org.opencontest.incubation.internal.Project;
import org.opencontest.incubation.internal.ProjectAccess;
import org.opencontest.incubation.internal.ProjectDtos;
import org.opencontest.shared.text.PlainText;
import org.opencontest.incubation.internal.Versions;
import org.opencontest.incubation.internal.Viewer;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periodic check-ins: the team drafts and submits a narrative with the fixed KPIs for a period that has started; the
 * incubator marks the figures verified or queries them (a queried check-in goes back to the team). Figures are
 * checked by {@link KpiRules}; a period that has not started yet, or is not in the schedule, is refused.
 */
@Service
public class CheckIns {

    static final int MAX_NARRATIVE = 8000;

    private final CheckInRepository checkIns;
    private final EvidenceRepository evidence;
    private final ProjectAccess access;
    private final ProjectDtos dtos;
    private final IncubationMails mails;
    private final AuditLog audit;
    private final Clock clock;

    CheckIns(CheckInRepository checkIns, EvidenceRepository evidence, ProjectAccess access, ProjectDtos dtos,
             IncubationMails mails, AuditLog audit, Clock clock) {
        this.checkIns = checkIns;
        this.evidence = evidence;
        this.access = access;
        this.dtos = dtos;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** The check-in of a period as its form shows it (empty before the team starts it). */
    @PermitAll
    @Transactional(readOnly = true)
    public CheckInDetail checkIn(long projectId, LocalDate periodStart) {
        Project project = access.readable(projectId);
        ReportingPeriod period = reportable(project, periodStart);
        return detail(project, period, checkIns.findByProjectIdAndPeriodStart(projectId, periodStart).orElse(null));
    }

    /** Saves the team's draft; figures are checked already, completeness only on submission. */
    @PermitAll
    @Transactional
    public CheckInDetail save(long projectId, LocalDate periodStart, long expectedVersion, String narrative,
                              Kpis kpis) {
        Project project = access.forTeam(projectId);
        ReportingPeriod period = reportable(project, periodStart);
        CheckIn checkIn = edit(project, period, expectedVersion, narrative, kpis);
        return detail(project, period, checkIn);
    }

    /** Saves and submits; the responsible incubators are told. */
    @PermitAll
    @Transactional
    public CheckInDetail submit(long projectId, LocalDate periodStart, long expectedVersion, String narrative,
                                Kpis kpis) {
        Project project = access.forTeam(projectId);
        ReportingPeriod period = reportable(project, periodStart);
        PlainText.clean(narrative, "incubation.checkIn.narrative", MAX_NARRATIVE, true);
        KpiRules.requireComplete(kpis);
        CheckIn checkIn = edit(project, period, expectedVersion, narrative, kpis);
        checkIn.submit(CurrentUser.require().displayName(), clock.instant());
        checkIns.saveAndFlush(checkIn);
        audit.record("incubation.checkIn.submitted", "incubation-project:" + projectId, periodStart.toString());
        mails.toIncubators(project, "check-in-submitted", Map.of("period", periodStart.toString()));
        return detail(project, period, checkIn);
    }

    /** The incubator verifies the figures or queries them; a query needs a comment. */
    @RolesAllowed({Roles.INCUBATOR, Roles.ADMIN})
    @Transactional
    public CheckInDetail review(long checkInId, long expectedVersion, boolean verified, String comment) {
        CheckIn checkIn = checkIns.findById(checkInId).orElseThrow(NotFoundException::new);
        Project project = access.forIncubator(checkIn.getProjectId());
        Versions.require(checkIn, expectedVersion);
        String text = PlainText.clean(comment, "incubation.review.comment", IncubationProjects.MAX_REASON, !verified);
        checkIn.review(verified, text, CurrentUser.require().displayName(), clock.instant());
        checkIns.saveAndFlush(checkIn);
        audit.record(verified ? "incubation.checkIn.verified" : "incubation.checkIn.queried",
                "incubation-check-in:" + checkInId, text);
        mails.toTeam(project, verified ? "check-in-verified" : "check-in-queried",
                Map.of("period", checkIn.getPeriodStart().toString(), "comment", text == null ? "" : text));
        ReportingPeriod period = project.schedule().periodStarting(checkIn.getPeriodStart()).orElseThrow();
        return detail(project, period, checkIn);
    }

    private CheckIn edit(Project project, ReportingPeriod period, long expectedVersion, String narrative, Kpis kpis) {
        if (!project.isReporting()) {
            throw new UserFacingException("incubation.checkIn.error.notReporting");
        }
        KpiRules.validate(kpis);
        String text = PlainText.clean(narrative, "incubation.checkIn.narrative", MAX_NARRATIVE, false);
        CheckIn checkIn = checkIns.findByProjectIdAndPeriodStart(project.getId(), period.start())
                .map(existing -> Versions.require(existing, expectedVersion))
                .orElseGet(() -> new CheckIn(project.getId(), period, clock.instant()));
        checkIn.edit(text, kpis, clock.instant());
        return checkIns.saveAndFlush(checkIn);
    }

    /** A period of the project's schedule that has started (in the contest's zone); anything else is refused. */
    private ReportingPeriod reportable(Project project, LocalDate periodStart) {
        ReportingPeriod period = project.schedule().periodStarting(periodStart)
                .orElseThrow(() -> new UserFacingException("incubation.checkIn.error.noSuchPeriod"));
        if (!period.hasStartedBy(dtos.today(project))) {
            throw new UserFacingException("incubation.checkIn.error.futurePeriod", period.start());
        }
        return period;
    }

    private CheckInDetail detail(Project project, ReportingPeriod period, CheckIn checkIn) {
        Viewer viewer = access.viewer(project);
        if (checkIn == null) {
            return new CheckInDetail(project.getId(), project.getTitle(), period, null, 0, CheckInStatus.DRAFT, null,
                    Kpis.EMPTY, null, null, null, null, null, List.of(), viewer,
                    viewer.team() && project.isReporting());
        }
        List<EvidenceView> files = evidence.findByProjectIdOrderByUploadedAtAsc(project.getId()).stream()
                .filter(file -> checkIn.getId().equals(file.getCheckInId())).map(ProjectDtos::evidence).toList();
        return new CheckInDetail(project.getId(), project.getTitle(), period, checkIn.getId(), checkIn.getVersion(),
                checkIn.getStatus(), checkIn.getNarrative(), checkIn.kpis(), checkIn.getSubmittedBy(),
                checkIn.getSubmittedAt(), checkIn.getReviewedBy(), checkIn.getReviewedAt(),
                checkIn.getReviewComment(), files, viewer,
                viewer.team() && project.isReporting() && checkIn.getStatus().editableByTeam());
    }
}
