package org.opencontest.dataset.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.person;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DatasetFixtures;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.dataset.internal.DatasetRepository;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The demo data issues against the real services: every state once, loaded once, with test people standing in. */
class DataIssueDemoDataIT extends IntegrationTest {

    @Autowired
    DataIssues issues;
    @Autowired
    DataIssueRepository stored;
    @Autowired
    DatasetRepository datasets;
    @Autowired
    DatasetPublishing publishing;

    @Test
    void loadsAnIssueInEveryStateOnce() {
        AppPrincipal publisher = person(Role.ORGANISER);
        DatasetFixtures.Published dataset = DatasetFixtures.publish(publishing, publisher, AccessTier.OPEN, Set.of(),
                null);
        Map<String, AppPrincipal> people = Map.of("organiser@example.org", publisher, "participant@example.org",
                person(Role.PARTICIPANT), "participant2@example.org", person(Role.PARTICIPANT),
                "participant3@example.org", person(Role.PARTICIPANT));
        UserDetailsService standIns = email -> Optional.ofNullable(people.get(email))
                .orElseThrow(() -> new UsernameNotFoundException(email));
        DataIssueDemoData loader = new DataIssueDemoData(issues, stored, datasets, publishing, standIns);

        loader.load(dataset.slug());
        loader.load(dataset.slug());

        assertThat(anonymously(() -> issues.list(dataset.datasetId(), DataIssueFilter.ALL, 0, 20)))
                .extracting(DataIssueView::status).containsExactlyInAnyOrder(DataIssueStatus.values());
    }
}
