package org.spasmcare.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A test-only page that fails, to check what a person sees on a server error. */
@TestConfiguration(proxyBeanMethods = false)
@RestController
public class BrokenPageForTests {

    public static final String PATH = "/test-only/broken";
    public static final String SECRET = "secret internal detail";

    @GetMapping(PATH)
    String broken() {
        throw new IllegalStateException(SECRET);
    }
}
