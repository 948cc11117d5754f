package org.opencontest.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.hash.HashChain;

/** Every message key the judging rules can raise, and every label of their enums, is in the bundle. */
class JudgingMessagesTest {

    /** Keys raised as refusals or plan issues, and keys returned for statements (audit action codes are not texts). */
    private static final Pattern KEY = Pattern.compile(
            "(?:Exception\\(|Issue\\(|return |\\? |: )\"(judging\\.[a-zA-Z.]+[a-zA-Z])\"");

    @Test
    void everyKeyTheRulesUseIsTranslated() throws IOException {
        Properties bundle = bundle();
        List<String> used = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/opencontest/judging"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(30).filteredOn(key -> !bundle.containsKey(key)).isEmpty();
    }

    @Test
    void everyEnumValueHasALabel() throws IOException {
        Properties bundle = bundle();
        for (JudgeCalibration.Status status : JudgeCalibration.Status.values()) {
            assertThat(bundle).containsKey("judging.calibration." + status.name());
        }
        for (RankingKey key : RankingKey.values()) {
            assertThat(bundle).containsKey("judging.rankingKey." + key.name());
        }
        for (ConflictReason reason : ConflictReason.values()) {
            assertThat(bundle).containsKey("judging.conflict.reason." + reason.name());
        }
        for (HashChain.Break broken : HashChain.Break.values()) {
            assertThat(bundle).containsKey("judging.chain.break." + broken.name());
        }
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = JudgingMessagesTest.class.getResourceAsStream("/i18n/messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
