package org.opencontest.dataset.internal;

import java.time.Clock;

import org.opencontest.account.UserDirectory;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.DatasetPublishing;
import org.springframework.context.ApplicationContext;

/** The dataset demo loader built from a test's context (the test profile turns demo data off), for a given contest. */
final class DemoDatasets {

    private DemoDatasets() {
    }

    static DatasetDemoData loader(ApplicationContext context, String contestSlug) {
        return new DatasetDemoData(context.getBean(DatasetPublishing.class), context.getBean(DatasetRepository.class),
                context.getBean(DownloadRecordRepository.class), context.getBean(TermsAcceptanceRepository.class),
                context.getBean(ContestService.class), context.getBean(UserDirectory.class),
                context.getBean(Clock.class), contestSlug);
    }
}
