package org.opencontest.team.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.contest.ContestPage;
import org.opencontest.shared.csv.SpreadsheetCsv;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.Roles;
import org.opencontest.team.EligibilityQuestion;
import org.opencontest.team.TeamDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contest's teams as a spreadsheet, for its organisers (and administrators). A contest the caller does not
 * organise answers {@link NotFoundException}, like a missing one.
 */
@Service
public class TeamExport {

    private final Registrations registrations;
    private final OrganiserAccess access;
    private final TeamRepository teams;

    TeamExport(Registrations registrations, OrganiserAccess access, TeamRepository teams) {
        this.registrations = registrations;
        this.access = access;
        this.teams = teams;
    }

    /**
     * All teams of the contest as CSV, one line per member with the eligibility answers in one column per
     * question; headers in the caller's language.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public byte[] exportCsv(long contestId, Locale locale) {
        ContestPage contest = access.contest(contestId);
        List<EligibilityQuestion> asked = registrations.questions(contestId);
        List<String> header = new ArrayList<>(List.of("team_id", "team", "status", "track", "solo", "members",
                "leader", "member", "email", "joined_at", "rules_version", "consented_at", "decision_reason"));
        asked.forEach(question -> header.add(question.prompt(locale)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetCsv csv = SpreadsheetCsv.to(out).row(header);
        Map<Long, String> tracks = contest.tracks().stream()
                .collect(Collectors.toMap(ContestPage.Track::id, track -> track.name().in(locale)));
        for (Team team : teams.findByContestIdOrderByCreatedAtAsc(contestId)) {
            for (TeamDetail.Member member : registrations.detail(team).members()) {
                List<String> line = new ArrayList<>(List.of(Long.toString(team.getId()), team.getName(),
                        team.getStatus().name(), team.getTrackId() == null ? "" : tracks.get(team.getTrackId()),
                        Boolean.toString(team.isSolo()), Integer.toString(team.getMemberCount()),
                        Boolean.toString(member.leader()), member.displayName(), member.email(),
                        member.joinedAt().toString(), Objects.toString(member.rulesVersion(), ""),
                        member.consentedAt().toString(), Objects.toString(team.getDecisionReason(), "")));
                asked.forEach(question -> line.add(member.answers().getOrDefault(question.id(), "")));
                csv.row(line);
            }
        }
        csv.flush();
        return out.toByteArray();
    }
}
