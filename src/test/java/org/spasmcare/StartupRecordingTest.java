package org.spasmcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Start-up steps are recorded (for /actuator/startup) only when the bench profile is asked for. */
class StartupRecordingTest {

    private static final String[] NO_ARGS = {};

    @Test
    void aNormalStartRecordsNothing() {
        assertThat(SpasmCareApplication.benchProfileRequested(NO_ARGS, Map.of(), Map.of())).isFalse();
        assertThat(SpasmCareApplication.benchProfileRequested(new String[] {"--spring.profiles.active=kiosk"},
                Map.of("SPRING_PROFILES_ACTIVE", "postgres"), Map.of("spring.profiles.active", "benchmark"))).isFalse();
    }

    @Test
    void theBenchProfileIsFoundWhereverItIsSet() {
        assertThat(SpasmCareApplication.benchProfileRequested(new String[] {"--server.port=0", "--spring.profiles.active=kiosk, bench"},
                Map.of(), Map.of())).isTrue();
        assertThat(SpasmCareApplication.benchProfileRequested(NO_ARGS, Map.of(), Map.of("spring.profiles.active", "bench"))).isTrue();
        assertThat(SpasmCareApplication.benchProfileRequested(NO_ARGS, Map.of("SPRING_PROFILES_ACTIVE", "postgres,bench"), Map.of())).isTrue();
    }
}
