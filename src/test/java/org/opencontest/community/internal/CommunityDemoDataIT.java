package org.opencontest.community.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opencontest.community.internal.qa.PostRow;
import org.opencontest.community.internal.qa.QuestionBoard;
import org.opencontest.community.internal.qa.QuestionModeration;
import org.opencontest.community.internal.qa.ThreadRow;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.TeamFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The community demo data against the real services and database. The test profile loads no demo data, so the
 * loader is built by hand with test people standing in for the demo accounts and a fresh contest for City Safety.
 */
class CommunityDemoDataIT extends IntegrationTest {

    @Autowired
    Announcements announcements;
    @Autowired
    QuestionBoard board;
    @Autowired
    QuestionModeration moderation;
    @Autowired
    ContestFollowers followers;
    @Autowired
    ContestService contests;
    @Autowired
    Clock clock;

    @Test
    void loadsAnnouncementsAFollowerAndALivelyBoardOnce() {
        AppPrincipal organiser = person(Role.ORGANISER);
        AppPrincipal follower = person(Role.JUDGE);
        Map<String, AppPrincipal> people = Map.of("organiser@example.org", organiser,
                "participant@example.org", person(Role.PARTICIPANT), "participant2@example.org",
                person(Role.PARTICIPANT), "participant3@example.org", person(Role.PARTICIPANT),
                "judge3@example.org", follower);
        UserDetailsService standIns = email -> Optional.ofNullable(people.get(email))
                .orElseThrow(() -> new UsernameNotFoundException(email));
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        CommunityDemoData loader = new CommunityDemoData(announcements, board, moderation, followers, contests,
                standIns, clock);

        loader.load(contest.input().slug());
        loader.load(contest.input().slug());

        assertThat(as(organiser, () -> announcements.list(contest.id()))).as("loaded once")
                .extracting(AnnouncementRow::status).containsExactlyInAnyOrder(AnnouncementStatus.PUBLISHED,
                        AnnouncementStatus.PUBLISHED, AnnouncementStatus.SCHEDULED);
        assertThat(anonymously(() -> announcements.published(contest.id()))).first()
                .satisfies(first -> assertThat(first.pinned()).isTrue());
        assertThat(as(follower, () -> followers.state(contest.id()))).isEqualTo(FollowState.FOLLOWING);
        assertThat(anonymously(() -> board.threads(contest.id(), "", 0, 10))).hasSize(4).first()
                .satisfies(pinned -> assertThat(pinned.pinned()).isTrue());
        assertThat(anonymously(() -> board.countFaq(contest.id()))).isEqualTo(2);
        long students = anonymously(() -> board.threads(contest.id(), "students", 0, 1)).stream()
                .map(ThreadRow::id).findFirst().orElseThrow();
        assertThat(anonymously(() -> board.posts(students, 0, 10))).extracting(PostRow::editedAt)
                .as("the reply was corrected, the question not").hasSize(2)
                .satisfies(times -> assertThat(times.get(0)).isNull(), times -> assertThat(times.get(1)).isNotNull());
    }
}
