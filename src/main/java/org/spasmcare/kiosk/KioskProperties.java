package org.spasmcare.kiosk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shared touch screen in a waiting room (profile {@code kiosk} switches it on).
 *
 * @param enabled kiosk behaviour: idle reset, Start over, larger targets, take-home QR code
 * @param idleSeconds quiet time before the screen asks "Still there?"
 * @param countdownSeconds how long it asks before starting over for the next person
 */
@ConfigurationProperties("spasmcare.kiosk")
public record KioskProperties(@DefaultValue("false") boolean enabled, @DefaultValue("120") int idleSeconds,
        @DefaultValue("20") int countdownSeconds) {
}
