package org.opencontest.incubation.internal;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import org.opencontest.incubation.Kpis;
import org.opencontest.incubation.Stage;
import org.opencontest.shared.i18n.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public showcase: only projects whose team accepted incubation and agreed to publish, and only what they agreed
 * to (the latest verified figures only with the team's consent to show KPIs).
 */
@Service
public class Showcase {

    private final ProjectRepository projects;
    private final CheckInRepository checkIns;
    private final ProjectDtos dtos;

    Showcase(ProjectRepository projects, CheckInRepository checkIns, ProjectDtos dtos) {
        this.projects = projects;
        this.checkIns = checkIns;
        this.dtos = dtos;
    }

    /** @param kpis the latest verified figures, or null when the team keeps them private or has none */
    public record Entry(long id, LocalizedText title, String teamName, LocalizedText contestTitle, LocalizedText award,
                        Stage stage, String summary, Kpis kpis) implements Serializable {
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<Entry> entries() {
        List<Project> shown = projects.findByConsentAndShowPublicTrueOrderByUpdatedAtDesc(Consent.ACCEPTED).stream()
                .filter(project -> project.getStage() != Stage.DISCONTINUED).toList();
        Map<Long, CheckIn> latest = checkIns.findByProjectIdInOrderByPeriodStartAsc(shown.stream()
                        .filter(Project::isShowKpis).map(Project::getId).toList()).stream()
                .filter(checkIn -> checkIn.getStatus() == CheckInStatus.VERIFIED)
                .collect(Collectors.toMap(CheckIn::getProjectId, c -> c, (a, b) -> b));
        Map<Long, LocalizedText> contestTitles = new HashMap<>();
        return shown.stream().sorted(Comparator.comparing(Project::getStage).reversed())
                .map(project -> new Entry(project.getId(), project.getTitle(), project.getTeamName(),
                        contestTitles.computeIfAbsent(project.getContestId(), dtos::contestTitle),
                        project.getAward(),
                        project.getStage(), project.getPublicSummary(),
                        latest.containsKey(project.getId()) ? latest.get(project.getId()).kpis() : null))
                .toList();
    }
}
