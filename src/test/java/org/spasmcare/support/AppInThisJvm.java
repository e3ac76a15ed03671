package org.spasmcare.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spasmcare.SpasmCareApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app started inside the test JVM, on a free port and a given data folder, as its main method would
 * start it (no test context, no test beans). Much cheaper than a new {@link AppProcess} (the JVM is warm):
 * for a test that only needs to look at what a stopped or killed process left in its folder.
 */
public final class AppInThisJvm implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AppInThisJvm(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts the app on the data folder, with any further arguments (such as --spring.datasource.url=...). */
    public static AppInThisJvm start(Path dataDir, List<String> moreArguments) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spasmcare.data-dir=" + dataDir,
                "--spring.main.banner-mode=off"));
        arguments.addAll(moreArguments);
        return new AppInThisJvm(new SpringApplicationBuilder(SpasmCareApplication.class)
                .run(arguments.toArray(String[]::new)));
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public String baseUrl() {
        return "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
    }

    @Override
    public void close() {
        context.close();
    }
}
