package org.spasmcare.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spasmcare.browser.BrowserTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** #14: on the 1080 px kiosk screen, content never runs flush to the edge. */
@ActiveProfiles("kiosk")
class KioskEdgeBrowserIT extends BrowserTest {

    /** The kiosk keeps 40 px (at its larger type, about 47 px) each side; 30 px is the least a person should see. */
    private static final int MARGIN = 30;

    @DynamicPropertySource
    static void kioskSettings(DynamicPropertyRegistry registry) throws IOException {
        String dataDir = Files.createTempDirectory("spasmcare-kiosk-edge-it-").toString();
        registry.add("spasmcare.data-dir", () -> dataDir);
    }

    @Test
    void shouldKeepEveryPageOffTheEdgeOfTheScreen() {
        resizeTo(Screen.KIOSK);
        browser.manage().deleteAllCookies();
        for (String path : List.of("/", "/assessment", "/treatments")) {
            open(path);
            assertThat(closerToTheEdgeThan(MARGIN)).as("content nearer than %d px to the edge on %s", MARGIN, path)
                    .isEmpty();
            assertWellFormedPage();
            saveScreenshot("everywhere-kiosk" + path.replace('/', '-'));
        }
    }

    /** Everything rendered inside the page's columns that comes closer than this to the left or right edge. */
    @SuppressWarnings("unchecked")
    private List<String> closerToTheEdgeThan(int px) {
        return (List<String>) browser.executeScript("""
                var width = document.documentElement.clientWidth, near = [], px = arguments[0];
                document.querySelectorAll('.wrap, .wrap *').forEach(function (e) {
                  var box = e.getBoundingClientRect();
                  var content = e.classList.contains('wrap') ? { left: box.left + parseFloat(getComputedStyle(e).paddingLeft),
                      right: box.right - parseFloat(getComputedStyle(e).paddingRight) } : box;
                  if (box.width > 1 && box.height > 1 && (content.left < px || content.right > width - px)) {
                    near.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(content.left) + '..'
                        + Math.round(content.right) + ' of ' + width);
                  }
                });
                return near;""", px);
    }
}
