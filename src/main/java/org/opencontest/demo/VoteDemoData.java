package org.opencontest.demo;

import java.util.ArrayList;
import java.util.List;

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
 * opens it, the demo participants and judges vote, the organiser closes it and publishes the result (all through
 * {@link PeoplesChoiceSeeding}). Skipped when the contest already has a vote.
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
        ContestPage contest;
        try {
            contest = SystemIdentity.callAs(organiser, () -> contests.page(JudgingDemoData.FINISHED));
        } catch (NotFoundException missing) {
            LOG.info("Demo vote skipped: no contest {}", JudgingDemoData.FINISHED);
            return;
        }
        if (seeding.seed(contest.id(), organiser, voters, true)) {
            LOG.info("Demo people's choice vote published on {}", JudgingDemoData.FINISHED);
        }
    }
}
