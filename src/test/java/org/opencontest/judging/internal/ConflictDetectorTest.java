package org.opencontest.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencontest.judging.internal.ConflictDetector.Entry;
import org.opencontest.judging.internal.ConflictDetector.Found;
import org.opencontest.judging.internal.ConflictDetector.Judge;
import org.opencontest.judging.internal.ConflictDetector.Member;

/** Detected conflicts: organisation, e-mail domain (webmail ignored), same person, and dataset publishers. */
class ConflictDetectorTest {

    private static final Judge PROF_LI = new Judge(1, "Fudan University", "li@fudan.edu.cn");

    @Test
    void sameOrganisationDespiteCaseSpacesAndFullWidthForms() {
        Entry entry = entry(new Member("  ＦＵＤＡＮ  university.", "wang@gmail.com"));

        assertThat(ConflictDetector.detect(List.of(PROF_LI), List.of(entry)))
                .containsExactly(new Found(1, 10, ConflictReason.SAME_ORGANISATION, "ＦＵＤＡＮ  university."));
    }

    @Test
    void sameEmailDomainIncludingSubdomains() {
        Entry entry = entry(new Member("School of Computer Science", "zhang@cs.fudan.edu.cn"));

        assertThat(ConflictDetector.detect(List.of(PROF_LI), List.of(entry)))
                .containsExactly(new Found(1, 10, ConflictReason.SAME_EMAIL_DOMAIN, "fudan.edu.cn"));
    }

    @Test
    void webmailDomainsNeverMakeAConflict() {
        Judge judge = new Judge(2, "", "judge@QQ.com");
        Entry entry = entry(new Member(null, "team@qq.com"), new Member(null, "other@vip.163.com"),
                new Member(null, "x@gmail.com"));

        assertThat(ConflictDetector.detect(List.of(judge), List.of(entry))).isEmpty();
        assertThat(ConflictDetector.isWebmail("vip.qq.com")).isTrue();
        assertThat(ConflictDetector.isWebmail("fudan.edu.cn")).isFalse();
    }

    @Test
    void theSameAddressIsTheSamePersonEvenOnWebmail() {
        Judge judge = new Judge(2, "", "Someone@qq.com ");
        Entry entry = entry(new Member("Tongji", "someone@qq.com"));

        assertThat(ConflictDetector.detect(List.of(judge), List.of(entry)))
                .extracting(Found::reason).containsExactly(ConflictReason.SAME_PERSON);
    }

    @Test
    void unrelatedDomainsAndSimilarNamesAreNotConflicts() {
        Entry entry = entry(new Member("Fudan University Hospital", "a@notfudan.edu.cn"),
                new Member("", "b@tongji.edu.cn"));

        assertThat(ConflictDetector.detect(List.of(PROF_LI), List.of(entry))).isEmpty();
        assertThat(ConflictDetector.sameInstitution("notfudan.edu.cn", "fudan.edu.cn")).isFalse();
    }

    @Test
    void aJudgeWithoutOrganisationMatchesNobodyWithout() {
        Judge judge = new Judge(3, " ", null);
        Entry entry = entry(new Member("", ""));

        assertThat(ConflictDetector.detect(List.of(judge), List.of(entry))).isEmpty();
    }

    @Test
    void thePublisherOfADeclaredDatasetIsFlaggedForTheOrganiser() {
        Judge judge = new Judge(4, "Shanghai Transport Commission", "zhao@jtw.sh.gov.cn");
        Entry entry = new Entry(10, List.of(new Member("Tongji", "a@tongji.edu.cn")),
                Set.of("Shanghai transport commission", "Shanghai Meteorological Service"));

        List<Found> found = ConflictDetector.detect(List.of(judge), List.of(entry));

        assertThat(found).containsExactly(new Found(4, 10, ConflictReason.DATASET_PUBLISHER,
                "Shanghai transport commission"));
        assertThat(found.get(0).reason().needsOrganiserDecision()).isTrue();
        assertThat(ConflictReason.SAME_ORGANISATION.needsOrganiserDecision()).isFalse();
    }

    @Test
    void onePersonalConflictPerPairAndPublishersBeside() {
        Judge judge = new Judge(5, "Fudan University", "li@fudan.edu.cn");
        Entry entry = new Entry(10, List.of(new Member("Fudan University", "x@fudan.edu.cn"),
                new Member("Fudan University", "y@fudan.edu.cn")), Set.of("Fudan University"));

        assertThat(ConflictDetector.detect(List.of(judge), List.of(entry))).extracting(Found::reason)
                .containsExactly(ConflictReason.SAME_ORGANISATION, ConflictReason.DATASET_PUBLISHER);
    }

    private static Entry entry(Member... members) {
        return new Entry(10, List.of(members), Set.of());
    }
}
