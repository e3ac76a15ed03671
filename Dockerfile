# SpasmCare image: build with the Maven wrapper on a JDK, run the extracted layered jar on a JRE.
#   docker build -t spasmcare .
#   docker run -p 8080:8080 -v spasmcare-data:/data spasmcare

# The build stays on JDK 17, the release the code is compiled for (pom: maven.compiler.release 17) and the JDK CI
# builds and tests it on; only the runtime stage below needs Java 25, for its AOT cache.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# Dependencies first, so a change to the sources does not download them again.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:resolve
COPY src/ src/
RUN ./mvnw -B -DskipTests package \
 && java -Djarmode=tools -jar target/spasmcare.jar extract --layers --destination extracted

FROM eclipse-temurin:25-jre
RUN groupadd --system spasmcare \
 && useradd --system --gid spasmcare --home-dir /app --no-create-home --shell /usr/sbin/nologin spasmcare \
 && mkdir -p /data \
 && chown spasmcare:spasmcare /data
WORKDIR /app
# One COPY a layer, least changing first, so an app-only change reuses the dependency layers.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# JVM options, for the training run below and for every start (the `java` launcher reads JDK_JAVA_OPTIONS), so
# the AOT cache is made with the options it is used with. Measured with bench/flags.sh (docs/running.md,
# "Memory and threads"):
#   -XX:+UseSerialGC: one collector thread and none of G1's remembered sets: 25 MB less resident when ready and
#     30 MB less after load at a 128 MB heap, and 10% more requests a second on 2 cores. (The JVM picks it
#     itself in a container under 2 CPUs or 1792 MB, but not on a bigger one.)
#   -XX:+UseCompactObjectHeaders (Java 25): 8-byte object headers, so the same heap holds more; a few % more
#     requests a second, resident memory unchanged.
#   -XX:MaxRAMPercentage=50: half the container's memory limit for the heap; the rest is the JVM's own
#     (class metadata, compiled code, threads: about 100 MB) and the mapped AOT cache (about 150 MB, shared and
#     read-only). Measured under load: 433 MB resident at a 256 MB heap (a 512 MB container), with the same
#     throughput as at 384 MB (474 MB resident, too close to that limit).
# A bigger host: docs/running.md, "Memory and threads" (`docker run -e JDK_JAVA_OPTIONS=...`). The heap share and
# the collector may change at run time and the cache still fits (checked); the object headers may not: started
# without -XX:+UseCompactObjectHeaders, the JVM says it cannot use the cache and starts without it, slower.
ENV JDK_JAVA_OPTIONS="-XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:MaxRAMPercentage=50"
# Ahead-of-time cache (Java 25; measured: start-up about twice as fast as without it, faster than the Java 17 CDS
# archive it replaces). deploy/aot-training.sh starts the app on a throwaway database, asks for the pages and
# the API first visitors ask for, and stops it; the JVM then writes the classes it loaded, already parsed and
# linked, with their method profiles, into app.aot (the first pages after a start are faster too). The cache
# only fits the same class path and JVM, so the training runs the same spasmcare.jar in the same WORKDIR as the
# ENTRYPOINT, on this image's Java.
COPY deploy/aot-training.sh /usr/local/bin/aot-training.sh
RUN bash /usr/local/bin/aot-training.sh app.aot spasmcare.jar
ENV SPASMCARE_DATA_DIR=/data \
    SERVER_PORT=8080
# The H2 database files live here; mount a volume to keep them across containers.
VOLUME /data
USER spasmcare
EXPOSE 8080
# The JRE image has bash but no curl: ask the readiness probe over bash's /dev/tcp.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
# java is PID 1 and gets SIGTERM directly, so Spring's graceful shutdown runs on `docker stop` (give it
# `--stop-timeout 30`: requests in flight may take up to 20 s). Memory options: JDK_JAVA_OPTIONS above.
# Out of memory, the JVM exits rather than limp on with dead threads; a restart policy brings it back (kept here,
# not in JDK_JAVA_OPTIONS, so that setting other memory options cannot drop it).
# -XX:AOTCache uses the training run's cache. If it cannot be used (another class path, another JVM build or
# collector), the JVM prints a warning and starts normally, only slower: that is the default -XX:AOTMode=auto.
# (DockerImageLayoutIT starts with -XX:AOTMode=on instead, which refuses to start without the cache, to prove
# the cache is used.)
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-XX:AOTCache=app.aot", "-jar", "spasmcare.jar"]
