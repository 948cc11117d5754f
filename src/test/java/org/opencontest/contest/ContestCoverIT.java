package org.opencontest.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.contest.ContestFixtures.input;
import static org.opencontest.contest.ContestFixtures.uniqueSlug;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.Actors;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;

/** Cover images go through the real object store and come back through presigned links. */
class ContestCoverIT extends IntegrationTest {

    /** The 8-byte PNG signature and an IHDR chunk start: enough for content sniffing. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    @Autowired
    ContestService contests;

    @Autowired
    MinioClient minio;

    @Value("${opencontest.storage.bucket}")
    String bucket;

    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);

    @Test
    void aCoverIsStoredAndServedThroughAShortLivedLink() throws Exception {
        ContestEditState draft = as(organiser, () -> contests.create(input(uniqueSlug("cover"), clock.instant())));
        ContestEditState published = as(organiser, () -> contests.publish(draft.id(), draft.version()));

        ContestEditState withCover = as(organiser, () -> contests.replaceCover(published.id(), published.version(),
                new ByteArrayInputStream(PNG), "封面 \"<b>\".png"));

        URI link = anonymously(() -> contests.coverLink(withCover.input().slug()));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(link).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Arrays.equals(response.body(), PNG)).isTrue();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(coverObjects(published.id())).hasSize(1);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedAndLeavesNothing() {
        ContestEditState draft = as(organiser, () -> contests.create(input(uniqueSlug("notimage"), clock.instant())));
        byte[] script = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes();

        assertThatThrownBy(() -> as(organiser, () -> contests.replaceCover(draft.id(), draft.version(),
                new ByteArrayInputStream(script), "cover.png")))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).getMessageKey()).isEqualTo("contest.error.coverNotImage");

        ContestEditState unchanged = as(organiser, () -> contests.edit(draft.id()));
        assertThat(unchanged.version()).isEqualTo(draft.version());
        assertThatThrownBy(() -> as(organiser, () -> contests.coverLink(draft.input().slug())))
                .isInstanceOf(NotFoundException.class);
        assertThat(coverObjects(draft.id())).isEmpty();
    }

    private Iterable<?> coverObjects(long contestId) {
        return minio.listObjects(ListObjectsArgs.builder().bucket(bucket)
                .prefix("contests/" + contestId + "/covers/").recursive(true).build());
    }

    @Test
    void anotherOrganiserCannotReplaceTheCover() {
        ContestEditState draft = as(organiser, () -> contests.create(input(uniqueSlug("foreign"), clock.instant())));
        AppPrincipal stranger = person(Role.ORGANISER);

        assertThatThrownBy(() -> as(stranger, () -> contests.replaceCover(draft.id(), draft.version(),
                new ByteArrayInputStream(PNG), "x.png")))
                .isInstanceOf(NotFoundException.class);
    }
}
