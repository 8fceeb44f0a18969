package uk.toex.crosslink.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven through chromedriver, with every network but loopback
 * blocked: what a browser on a closed police network sees. Installs {@code chromium} and
 * {@code chromium-driver} with apt-get when they are missing; fails, saying so, when it cannot.
 */
public final class HeadlessChromium {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    public static ChromeDriver start(Path profile) {
        ensureInstalled();
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(),
                // no way out: every host but loopback resolves to nothing and any proxied request goes nowhere
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>;localhost;127.0.0.1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static synchronized void ensureInstalled() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        boolean installed = run("apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver")
                || run("apt-get", "update") && run("apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver");
        if (!installed || !Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The browser test needs Debian's chromium and chromium-driver (" + BROWSER + ", "
                    + DRIVER + ") and could not install them with apt-get: run "
                    + "`apt-get install chromium chromium-driver` as root, then run the test again");
        }
    }

    private static boolean run(String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/apt-get-chromium.log")));
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            return process.waitFor(15, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
