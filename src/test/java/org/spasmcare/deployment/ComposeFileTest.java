package org.spasmcare.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker cannot run here, so compose.yaml and deploy/nginx.conf are read as files: the services are there,
 * the app instances get exactly the variables and profile the app reads (application-postgres.yml), they
 * reach the database service by its name and the database's own settings, and nginx balances every
 * instance round robin with the forwarded headers the profile trusts.
 */
class ComposeFileTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::[^}]*)?}");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)");

    private static Map<String, Object> compose;
    private static Map<String, Object> postgresProfile;
    private static String nginx;

    @BeforeAll
    static void readFiles() throws IOException {
        compose = new Yaml().load(Files.readString(Path.of("compose.yaml")));
        postgresProfile = new Yaml().load(Files.readString(Path.of("src/main/resources/application-postgres.yml")));
        nginx = Files.readString(Path.of("deploy/nginx.conf")).replaceAll("#[^\n]*", ""); // directives only
    }

    @Test
    void shouldRunPostgresql15WithAVolumeAndAHealthCheck() {
        Map<String, Object> db = service("db");
        assertThat((String) db.get("image")).startsWith("postgres:15");
        assertThat(strings(db.get("volumes"))).anySatisfy(volume ->
                assertThat(volume).endsWith(":/var/lib/postgresql/data"));
        String volume = strings(db.get("volumes")).get(0).split(":")[0];
        assertThat(map(compose.get("volumes"))).containsKey(volume);
        assertThat(String.join(" ", strings(map(db.get("healthcheck")).get("test")))).contains("pg_isready");
    }

    @Test
    void shouldGiveEveryInstanceThePostgresProfileAndTheVariablesTheProfileReads() {
        Map<String, Object> datasource = map(map(postgresProfile.get("spring")).get("datasource"));
        List<String> read = new ArrayList<>();
        for (String key : List.of("url", "username", "password")) {
            Matcher placeholder = PLACEHOLDER.matcher(String.valueOf(datasource.get(key)));
            assertThat(placeholder.find()).as("spring.datasource.%s reads a variable", key).isTrue();
            read.add(placeholder.group(1));
        }
        assertThat(read).containsExactly("SPASMCARE_DB_URL", "SPASMCARE_DB_USER", "SPASMCARE_DB_PASSWORD");

        Map<String, Object> dbEnvironment = map(service("db").get("environment"));
        for (String name : appServices()) {
            Map<String, Object> app = service(name);
            assertThat(app.get("build")).as(name + " is built from the Dockerfile").isEqualTo(".");
            Map<String, Object> environment = map(app.get("environment"));
            assertThat(environment).as(name).containsEntry("SPRING_PROFILES_ACTIVE", "postgres").containsKeys(
                    read.toArray(String[]::new));

            Matcher url = JDBC_URL.matcher(String.valueOf(environment.get("SPASMCARE_DB_URL")));
            assertThat(url.matches()).as(name + "'s SPASMCARE_DB_URL").isTrue();
            assertThat(url.group(1)).as("the database service's name").isEqualTo("db");
            assertThat(url.group(2)).isEqualTo("5432");
            assertThat(url.group(3)).isEqualTo(dbEnvironment.get("POSTGRES_DB"));
            assertThat(environment.get("SPASMCARE_DB_USER")).isEqualTo(dbEnvironment.get("POSTGRES_USER"));
            assertThat(environment.get("SPASMCARE_DB_PASSWORD")).isEqualTo(dbEnvironment.get("POSTGRES_PASSWORD"));
            assertThat(map(map(app.get("depends_on")).get("db"))).containsEntry("condition", "service_healthy");
        }
    }

    @Test
    void shouldBalanceEveryInstanceRoundRobinBehindNginxOnPort8080() {
        Map<String, Object> proxy = service("proxy");
        assertThat((String) proxy.get("image")).startsWith("nginx:");
        assertThat(strings(proxy.get("ports"))).containsExactly("8080:80");
        assertThat(strings(proxy.get("volumes"))).contains("./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro");
        assertThat(nginx).contains("listen 80;");

        String upstream = nginx.replaceAll("(?s).*upstream spasmcare \\{(.*?)}.*", "$1");
        List<String> servers = new ArrayList<>();
        Matcher server = Pattern.compile("(?m)^\\s*server\\s+([^;\\s]+);").matcher(upstream);
        while (server.find()) {
            servers.add(server.group(1));
        }
        // every instance, on the port the image serves (Dockerfile: SERVER_PORT=8080)
        assertThat(servers).containsExactlyInAnyOrderElementsOf(appServices().stream().map(name -> name + ":8080").toList());
        assertThat(appServices()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(nginx).as("no sticky sessions").doesNotContain("ip_hash").doesNotContain("sticky")
                .doesNotContainPattern("(?m)^\\s*hash ");
        assertThat(nginx).contains("proxy_pass http://spasmcare;")
                .contains("proxy_set_header X-Forwarded-For $remote_addr;")
                .contains("proxy_set_header X-Forwarded-Proto $scheme;")
                .contains("proxy_set_header Host $http_host;");
        assertThat(map(postgresProfile.get("server"))).containsEntry("forward-headers-strategy", "native");
    }

    @Test
    void shouldTrustForwardedHeadersOnlyFromNginxWhichOverwritesThem() {
        // nginx sets X-Forwarded-For to the connecting address: appending would pass on whatever a client sent
        assertThat(nginx).doesNotContain("$proxy_add_x_forwarded_for")
                .contains("proxy_set_header X-Forwarded-For $remote_addr;")
                .contains("proxy_set_header X-Forwarded-Host \"\";")
                .contains("proxy_set_header X-Forwarded-Port \"\";");

        // the profile reads the setting; by default it trusts only loopback, never every private address
        assertThat(String.valueOf(map(postgresProfile.get("spasmcare")).get("trusted-proxies")))
                .isEqualTo("127.0.0.1, ::1");

        // nginx has a fixed address on the instances' network, and that is the one address they trust
        Map<String, Object> proxyNetworks = map(service("proxy").get("networks"));
        assertThat(proxyNetworks).hasSize(1);
        String network = proxyNetworks.keySet().iterator().next();
        String nginxAddress = String.valueOf(map(proxyNetworks.get(network)).get("ipv4_address"));
        String subnet = String.valueOf(map(items(map(map(map(compose.get("networks")).get(network)).get("ipam"))
                .get("config")).get(0)).get("subnet"));
        assertThat(subnet).isEqualTo("172.28.0.0/24");
        assertThat(nginxAddress).startsWith("172.28.0.");
        for (String name : appServices()) {
            Map<String, Object> app = service(name);
            assertThat(map(app.get("environment"))).as(name).containsEntry("SPASMCARE_TRUSTED_PROXIES", nginxAddress);
            assertThat(strings(app.get("networks"))).as(name).containsExactly(network);
        }
        assertThat(strings(service("db").get("networks"))).containsExactly(network);
    }

    /** The services built from the Dockerfile. */
    private static List<String> appServices() {
        return map(compose.get("services")).entrySet().stream()
                .filter(service -> map(service.getValue()).containsKey("build"))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsKey(name);
        return map(services.get(name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<Object> items(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return List.copyOf((List<?>) value);
    }

    private static List<String> strings(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
