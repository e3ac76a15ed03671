package org.spasmcare.backup;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The readiness probe (the Docker HEALTHCHECK, nginx's depends_on) counts the database's write check. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class ReadinessGroupTest {

    @Autowired
    private HealthEndpointGroups groups;

    @Autowired
    private MockMvc mvc;

    @Test
    void shouldIncludeTheDatabaseWriteCheckInReadinessButNotInLiveness() throws Exception {
        assertThat(groups.get("readiness").isMember("databaseWritable")).isTrue();
        assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
        assertThat(groups.get("liveness").isMember("databaseWritable")).isFalse();
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"UP\"")));
    }
}
