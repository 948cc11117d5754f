package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.opencontest.support.BrowserJourney;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A visitor browses the data catalog; the demo organiser publishes a dataset with a CSV under terms agreement; a
 * participant accepts the terms, downloads the file through its presigned link and the SHA-256 matches.
 */
class DatasetReleaseJourney extends BrowserJourney {

    private static final String CSV = """
            date,district,station,rainfall_mm,flooded
            2024-07-01,徐汇,漕溪北路,35.5,false
            2024-07-02,浦东,世纪大道,88.0,true
            2024-07-03,静安,南京西路,,false
            """;

    @Test
    void organiserPublishesUnderTermsAndAParticipantDownloadsTheVerifiedFile() throws Exception {
        open("data");
        byId("dataset-card-shanghai-road-traffic-accidents");
        screenshot("dataset-01-catalog");
        open("data/shanghai-road-traffic-accidents");
        byId("dictionary-" + firstFileId());
        screenshot("dataset-02-dataset-page");

        signIn("organiser@example.org", "opencontest-demo");
        open("organise/datasets");
        byId("my-datasets");
        waitForText("应急避难场所");
        screenshot("dataset-03-my-datasets");

        click("new-dataset");
        byId("dataset-editor");
        type("slug", "rainfall-flooding-2024");
        type("title-en", "Rainfall and street flooding 2024");
        type("title-zh", "2024 年降雨与道路积水");
        type("description-en", "Daily rainfall at street stations and whether the street flooded.");
        type("publisher-name", "Shanghai Water Authority");
        type("keywords", "rain, flooding, 积水");
        screenshot("dataset-04-editor-description");
        click("tab-access");
        driver.findElement(By.xpath("//*[@id='access-tier']//vaadin-radio-button[contains(., '需同意条款')]")).click();
        waitForVaadin();
        type("terms-en", "Use the data only for your contest entry. Cite the Shanghai Water Authority.");
        type("terms-zh", "数据仅限用于参赛作品，并须注明来源为上海市水务局。");
        screenshot("dataset-05-editor-access");
        click("dataset-save-access");
        wait.until(ExpectedConditions.urlMatches("/organise/datasets/\\d+$"));

        click("tab-releases");
        type("new-release-label", "2024");
        click("new-release");
        Path named = Files.createTempDirectory("upload").resolve("rainfall-2024.csv");
        Files.writeString(named, CSV, StandardCharsets.UTF_8);
        WebElement upload = byId("release-upload");
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(named.toAbsolutePath().toString());
        wait.until(d -> !d.findElements(By.cssSelector("[id^='draft-file-']")).isEmpty());
        waitForVaadin();
        type("field-description-" + draftFileId() + "-3", "Rainfall that day, mm");
        click("save-descriptions-" + draftFileId());
        scrollTo("draft-file-" + draftFileId());
        waitForNoticesToClose();
        screenshot("dataset-06-release-files");
        scrollTo("release-publish");
        click("release-publish");
        click("confirm-action");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("release-publish")));
        waitForNoticesToClose();
        screenshot("dataset-07-published");

        continueAs("participant@example.org", "opencontest-demo");
        open("data/rainfall-flooding-2024");
        byId("terms-text");
        screenshot("dataset-08-terms");
        click("accept-terms");
        byId("terms-accepted");
        String fileId = requestFirstDownload();
        String href = byId("download-link-" + fileId).getAttribute("href");
        screenshot("dataset-09-downloaded");

        assertThat(sha256Of(href)).isEqualTo(byId("sha256-" + fileId).getText())
                .isEqualTo(sha256(CSV.getBytes(StandardCharsets.UTF_8)));

        continueAs("organiser@example.org", "opencontest-demo");
        open("organise/datasets");
        click("stats-shanghai-road-traffic-accidents");
        wait.until(d -> "true".equals(((JavascriptExecutor) d).executeScript(
                "const c = document.getElementById('downloads-chart'); return c && c.dataset.drawn;")));
        screenshot("dataset-10-statistics");
    }

    private String draftFileId() {
        return driver.findElement(By.cssSelector("[id^='draft-file-']")).getAttribute("id").substring("draft-file-".length());
    }

    private String firstFileId() {
        WebElement sha = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='sha256-']")));
        return sha.getAttribute("id").substring("sha256-".length());
    }
}
