package org.opencontest;

import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;

/**
 * Starts the application with a {@link BufferingApplicationStartup}, prints its slowest start-up steps and exits:
 * where the start-up time goes (docs/performance.md, "Start-up"). Not a test; run it on the extracted jar:
 * <pre>
 * java -Djarmode=tools -jar target/opencontest-*.jar extract --destination /tmp/app
 * javac -cp "/tmp/app/opencontest-0.1.0-SNAPSHOT.jar:/tmp/app/lib/*" -d /tmp/steps src/test/java/org/opencontest/StartupSteps.java
 * java -cp "/tmp/app/opencontest-0.1.0-SNAPSHOT.jar:/tmp/steps" org.opencontest.StartupSteps [application arguments]
 * </pre>
 */
public final class StartupSteps {

    private static final int SLOWEST = 80;

    private StartupSteps() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(OpenContestApplication.class);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        application.run(args);
        startup.getBufferedTimeline().getEvents().stream()
                .sorted(Comparator.comparing(TimelineEvent::getDuration).reversed())
                .limit(SLOWEST)
                .forEach(event -> System.out.printf("STEP %7d ms %s %s%n", event.getDuration().toMillis(),
                        event.getStartupStep().getName(),
                        StreamSupport.stream(event.getStartupStep().getTags().spliterator(), false)
                                .map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(" "))));
        System.exit(0);
    }
}
