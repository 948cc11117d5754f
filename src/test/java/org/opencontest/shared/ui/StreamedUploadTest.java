package org.opencontest.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.upload.Upload;

import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.support.KaribuTest;
import org.opencontest.support.UploadRequests;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A refused upload keeps its reason next to the file (the notification fades) and the file keeps the component's
 * retry button; shown on the submission page, the same for every {@link StreamedUpload}.
 */
class StreamedUploadTest extends KaribuTest {

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    Clock clock;

    /** Every script the server sends to the browser, as Karibu hands them over at each round trip. */
    private final List<PendingJavaScriptInvocation> sent = new ArrayList<>();
    private List<Function1<PendingJavaScriptInvocation, Unit>> handlers;

    @BeforeEach
    void recordScripts() {
        handlers = TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers();
        List<Function1<PendingJavaScriptInvocation, Unit>> recording = new ArrayList<>(handlers);
        recording.add(invocation -> {
            sent.add(invocation);
            return Unit.INSTANCE;
        });
        TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(recording);
    }

    @AfterEach
    void stopRecording() {
        TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(handlers);
    }

    @Test
    void theReasonStaysAtTheRefusedFileWhichCanBeRetried() {
        String reason = "tool.exe is not an allowed type (its content is EXE). Nothing was stored.";
        Upload upload = submissionUpload();
        assertThat(upload.getI18n().getFile().getRetry()).isEqualTo("Retry");
        assertThat(upload.getI18n().getUploading().getError().getForbidden()).isEqualTo("The server refused this file.");

        assertThat(UploadRequests.send(upload, "tool.exe", exe()).status()).isEqualTo(422);

        expectNotifications(reason);
        assertThat(reasonsShownAtFiles()).containsExactly(List.of("tool.exe", reason));
    }

    @Test
    void theReasonAndTheRetryInChinese() {
        useLocale(SupportedLocales.CHINESE);
        Upload upload = submissionUpload();
        assertThat(upload.getI18n().getFile().getRetry()).isEqualTo("重试");

        UploadRequests.send(upload, "工具.exe", exe());

        assertThat(reasonsShownAtFiles()).singleElement().satisfies(shown ->
                assertThat(shown.get(1)).isEqualTo("工具.exe 的类型不被允许（其内容为 EXE），未保存任何内容。"));
    }

    @Test
    void anAcceptedFileLeavesNoReason() {
        Upload upload = submissionUpload();
        assertThat(UploadRequests.send(upload, "proposal.pdf", SubmissionFixtures.pdf()).status()).isEqualTo(200);
        assertThat(reasonsShownAtFiles()).isEmpty();
    }

    private Upload submissionUpload() {
        SubmissionFixtures.Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        signInAs(s.member());
        navigate("submissions/" + s.contestId());
        MockVaadin.clientRoundtrip();
        sent.clear();
        return _get(Upload.class, spec -> spec.withId("submission-upload"));
    }

    private static ByteArrayInputStream exe() {
        return new ByteArrayInputStream(SubmissionFixtures.EXE);
    }

    /** The file name and reason of each script that marks a file in the browser's list. */
    private List<List<String>> reasonsShownAtFiles() {
        MockVaadin.clientRoundtrip();
        return sent.stream().map(PendingJavaScriptInvocation::getInvocation)
                .filter(invocation -> invocation.getExpression().contains("upload-error"))
                .map(invocation -> invocation.getParameters().stream().filter(String.class::isInstance)
                        .map(String.class::cast).toList())
                .toList();
    }
}
