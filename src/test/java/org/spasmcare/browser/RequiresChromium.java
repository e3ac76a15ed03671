package org.spasmcare.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives Debian's Chromium. It runs wherever Chromium is installed; on a
 * machine without it the class is skipped with one clear line, unless
 * {@code SPASMCARE_BROWSER_TESTS=required} (CI sets it), where it fails instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(ChromiumCondition.class)
public @interface RequiresChromium {
}
