package org.spasmcare.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.spasmcare.account.SecurityConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A web slice test: {@link WebMvcTest} of the given controllers with the app's real security rules
 * ({@link SecurityConfiguration}) and an account store that knows nobody ({@link SliceSecurity}). A class that
 * needs more beans adds an {@code @Import} of just those. The app's settings ({@code spasmcare.*}) are bound as
 * in the app.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// the app's settings records, which the slice would otherwise leave out of @ConfigurationPropertiesScan, and
// who the app is to passkeys, which the security rules need
@WebMvcTest(includeFilters = {
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ConfigurationProperties.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.spasmcare\\.account\\.PasskeySettings")})
@Import({SecurityConfiguration.class, SliceSecurity.class})
public @interface SpasmCareWebTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};

    /** Properties for this slice, as {@code @WebMvcTest(properties = ...)}. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "properties")
    String[] properties() default {};
}
