package org.spasmcare.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.spasmcare.account.SecurityConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A web slice test: {@link WebMvcTest} of the given controllers with the app's real security rules
 * ({@link SecurityConfiguration}) and an account store that knows nobody ({@link SliceSecurity}). A class that
 * needs more beans adds an {@code @Import} of just those.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebMvcTest
@Import({SecurityConfiguration.class, SliceSecurity.class})
public @interface SpasmCareWebTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};

    /** Properties for this slice, as {@code @WebMvcTest(properties = ...)}. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "properties")
    String[] properties() default {};
}
