package org.opencontest.demo;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data at start when {@code opencontest.demo-data=true}. The order matters: each loader finds what
 * the ones before it created (accounts, then contests, their datasets and teams, then the finished contest's
 * submissions, judging, results and incubation; the accident-forecast contest last). Runs ahead of the other runners, such as an operator command
 * (which ends the process when done).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "opencontest.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private final List<Runnable> loaders;

    DemoDataLoader(DemoAccounts accounts, ContestDemoData contests, DatasetDemoData datasets, TeamDemoData teams,
                   SubmissionDemoData submissions, JudgingDemoData judging, ResultsDemoData results,
                   IncubationDemoData incubation, EvaluationDemoData evaluation, VoteDemoData votes,
                   PartnerDemoData partners, StageDemoData stages) {
        this.loaders = List.of(accounts::load, contests::load, () -> datasets.load(ContestDemoData.SODA_2026),
                teams::load, stages::load, submissions::load, judging::load, results::load, votes::load,
                incubation::load, partners::load,
                evaluation::load);
    }

    @Override
    public void run(ApplicationArguments args) {
        loaders.forEach(Runnable::run);
    }
}
