package org.opencontest.demo;

import org.springframework.context.ApplicationContext;

/** The demo datasets for tests of other packages, loaded into a test's contest (the test profile loads none). */
public final class DemoDatasets {

    private DemoDatasets() {
    }

    public static void load(ApplicationContext context, String contestSlug) {
        context.getBean(DatasetDemoData.class).load(contestSlug);
    }
}
