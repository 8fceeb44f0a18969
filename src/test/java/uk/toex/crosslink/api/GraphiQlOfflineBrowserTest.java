package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.HeadlessChromium;
import uk.toex.crosslink.support.Tokens;

/** GraphiQL in a real browser with no internet: the page, its editor and a query's result. */
@CrosslinkTest
class GraphiQlOfflineBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Tokens tokens;

    @TempDir
    Path profile;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void graphiqlLoadsWithTheNetworkBlockedAndRunsAQueryWithAPastedToken() {
        browser = HeadlessChromium.start(profile);
        String base = "http://127.0.0.1:" + port;
        // what a user does in the Headers tab, stored where GraphiQL keeps it
        browser.get(base + "/favicon.ico");
        String headers = "{\"Authorization\": \"Bearer " + tokens.analyst("NORFOLK") + "\", \"X-Purpose\": \"browser test\"}";
        ((JavascriptExecutor) browser).executeScript(
                "localStorage.setItem('graphiql:headers', arguments[0]);"
                        + "localStorage.setItem('graphiql:query', '{ me { subject forces } }');", headers);

        browser.get(base + "/graphiql");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(b -> !b.findElements(By.cssSelector(".graphiql-execute-button")).isEmpty());
        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();

        String result = wait.until(b -> {
            String text = b.findElement(By.cssSelector(".result-window")).getText();
            return text.contains("subject") ? text : null;
        });
        assertThat(result).contains("\"analyst\"").contains("NORFOLK").doesNotContain("errors");
    }
}
