package org.opencontest.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.vote.PeoplesChoiceSeeding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A finished, published people's-choice vote on the finished demo contest (Open Mobility 2025): the demo organiser
 * opens it, the demo participants and judges vote, the organiser closes it and publishes the result; and a planned
 * vote on City Safety 2026 (in registration, no entries yet) for its judging phase, which opens by itself when judging
 * starts with the entries there are then (all through {@link PeoplesChoiceSeeding}). Each is skipped when its contest
 * already has a vote.
 */
@Component
class VoteDemoData {

    private static final Logger LOG = LoggerFactory.getLogger(VoteDemoData.class);

    private final ContestService contests;
    private final PeoplesChoiceSeeding seeding;
    private final DemoPeople people;

    VoteDemoData(ContestService contests, PeoplesChoiceSeeding seeding, DemoPeople people) {
        this.contests = contests;
        this.seeding = seeding;
        this.people = people;
    }

    void load() {
        AppPrincipal organiser;
        List<AppPrincipal> voters = new ArrayList<>();
        try {
            organiser = people.get(DemoAccounts.ORGANISER);
            DemoAccounts.PARTICIPANTS.forEach(email -> voters.add(people.get(email)));
            DemoAccounts.JUDGES.forEach(email -> voters.add(people.get(email)));
        } catch (RuntimeException missing) {
            LOG.info("Demo vote skipped: demo accounts missing");
            return;
        }
        contest(organiser, JudgingDemoData.FINISHED)
                .filter(finished -> seeding.seed(finished.id(), organiser, voters, true))
                .ifPresent(finished -> LOG.info("Demo people's choice vote published on {}", finished.slug()));
        contest(organiser, ContestDemoData.SODA_2026)
                .filter(citySafety -> seeding.plan(citySafety.id(), organiser))
                .ifPresent(citySafety -> LOG.info("Demo people's choice vote planned on {} for its judging phase",
                        citySafety.slug()));
    }

    private Optional<ContestPage> contest(AppPrincipal organiser, String slug) {
        try {
            return Optional.of(SystemIdentity.callAs(organiser, () -> contests.page(slug)));
        } catch (NotFoundException missing) {
            LOG.info("Demo vote skipped: no contest {}", slug);
            return Optional.empty();
        }
    }
}
