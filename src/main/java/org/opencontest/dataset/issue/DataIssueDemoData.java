package org.opencontest.dataset.issue;

import java.util.Optional;
import java.util.function.Supplier;

import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.dataset.ReleaseView;
import org.opencontest.dataset.internal.Dataset;
import org.opencontest.dataset.internal.DatasetRepository;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Principals;
import org.opencontest.shared.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Data issues in every state on the City Safety contest's road accidents, loaded after the demo module's datasets:
 * reported by the demo participants and triaged by the contest's organiser (who manages the dataset) through the
 * services, so the dataset page, the publisher's quality page and the reporters' notifications show a real loop.
 * The fix still to come is scheduled for a draft release "2025 (in preparation)". It lives in the dataset module
 * because the demo module sees only the modules' public API; skipped when the dataset already has issues or the
 * demo people are missing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
@ConditionalOnProperty(name = "opencontest.demo-data", havingValue = "true")
class DataIssueDemoData implements ApplicationRunner {

    static final String ACCIDENTS = "shanghai-road-traffic-accidents";
    private static final Logger LOG = LoggerFactory.getLogger(DataIssueDemoData.class);

    private final DataIssues issues;
    private final DataIssueRepository stored;
    private final DatasetRepository datasets;
    private final DatasetPublishing publishing;
    private final UserDetailsService users;

    DataIssueDemoData(DataIssues issues, DataIssueRepository stored, DatasetRepository datasets,
                      DatasetPublishing publishing, UserDetailsService users) {
        this.issues = issues;
        this.stored = stored;
        this.datasets = datasets;
        this.publishing = publishing;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        load(ACCIDENTS);
    }

    void load(String slug) {
        Optional<Dataset> dataset = datasets.findBySlug(slug);
        Optional<AppPrincipal> publisher = Principals.find(users, "organiser@example.org");
        Optional<AppPrincipal> liNa = Principals.find(users, "participant@example.org");
        Optional<AppPrincipal> wangFang = Principals.find(users, "participant2@example.org");
        Optional<AppPrincipal> maria = Principals.find(users, "participant3@example.org");
        if (dataset.isEmpty() || publisher.isEmpty() || liNa.isEmpty() || wangFang.isEmpty() || maria.isEmpty()) {
            LOG.info("Demo data issues skipped: dataset {} or demo accounts missing", slug);
            return;
        }
        long datasetId = dataset.get().getId();
        if (stored.countByDatasetId(datasetId) > 0) {
            return;
        }
        DataIssueView districts = report(liNa.get(), datasetId, DataIssueKind.FORMAT_ENCODING,
                "District names mix Chinese and pinyin", "Some rows say `Pudong`, others `浦东`. One spelling, please.");
        DataIssueView speed = report(wangFang.get(), datasetId, DataIssueKind.MISSING_DATA, "部分记录缺少车速",
                "2024 年约有十分之一的记录没有车速。");
        DataIssueView negative = report(maria.get(), datasetId, DataIssueKind.VALUE_ERROR,
                "A negative number of people injured", "One row in the 2024 release says **-1** injured.");
        DataIssueView spaces = report(liNa.get(), datasetId, DataIssueKind.FORMAT_ENCODING,
                "Road names end with spaces", "`南京西路 ` and `南京西路` count as two roads.");
        DataIssueView older = report(maria.get(), datasetId, DataIssueKind.MORE_DATA, "Please add the years before 2023",
                "A longer history would help to see trends.");
        DataIssueView twice = report(wangFang.get(), datasetId, DataIssueKind.FORMAT_ENCODING, "区名中英文混用",
                "同一个区有时写中文，有时写拼音。");

        AppPrincipal owner = publisher.get();
        as(owner, () -> issues.triage(speed.id(), speed.version(), DataIssueDecision.acknowledged()));
        DatasetPage page = as(owner, () -> publishing.edit(datasetId));
        ReleaseView latest = page.releases().stream().filter(ReleaseView::latest).findFirst().orElseThrow();
        as(owner, () -> issues.triage(negative.id(), negative.version(), DataIssueDecision.fixedIn(latest.id())));
        ReleaseView draft = as(owner, () -> publishing.createRelease(datasetId, page.version(),
                "2025 (in preparation)", new LocalizedText("Road names cleaned.", "清理了道路名称。")));
        as(owner, () -> issues.triage(spaces.id(), spaces.version(), DataIssueDecision.fixedIn(draft.id())));
        as(owner, () -> issues.triage(older.id(), older.version(), DataIssueDecision.wontFix(
                "Records before 2023 are kept in another system with other districts; they cannot be joined.")));
        as(owner, () -> issues.triage(twice.id(), twice.version(), DataIssueDecision.duplicateOf(districts.id())));
        LOG.info("Demo data issues loaded into {}", slug);
    }

    private DataIssueView report(AppPrincipal reporter, long datasetId, DataIssueKind kind, String title,
                                 String description) {
        return as(reporter, () -> issues.report(datasetId, new DataIssueInput(kind, null, "", title, description)));
    }

    private static <T> T as(AppPrincipal person, Supplier<T> work) {
        return SystemIdentity.callAs(person, work);
    }
}
