# Production image: builds the app with the production profile (pre-built Vaadin bundle, no dev tools, Spring AOT
# for the prod profile), runs it extracted (no nested jars) with Spring AOT and a class data sharing archive made by a
# training run (docs/performance.md, "Start-up"). The image runs the prod profile only: AOT fixed its beans at build
# time (no embedded S3 or SMTP server; conditions on properties as the prod profile sets them).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
COPY src src
COPY frontend frontend
RUN mvn -B -Pproduction -DskipTests package \
 && java -Djarmode=tools -jar target/opencontest-*.jar extract --destination /extracted \
 && mv /extracted/opencontest-*.jar /extracted/opencontest.jar

# Ubuntu 24.04: its postgresql-client is 16, so config/backup.sh's pg_dump (which must be at least the server's
# major version) fits PostgreSQL 15 and 16 servers; for a newer server install that version's client from
# apt.postgresql.org instead.
FROM eclipse-temurin:17-jre-noble
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home /app opencontest && chown opencontest /app
COPY --from=build /extracted/lib /app/lib
COPY --from=build /extracted/opencontest.jar /app/opencontest.jar
# The operator commands (docs/operations.md): backup.sh, restore.sh and command.sh run the jar above
# (OPENCONTEST_JAR=/app/opencontest.jar by default), e.g. docker compose exec app /app/config/backup.sh /backups
COPY config/backup.sh config/restore.sh config/command.sh /app/config/
# Training run: start the context as a node does (prod profile, Spring AOT) but on an in-memory H2 database, so that
# no outside service is needed while the image builds (the context's refresh does not reach S3 or SMTP), stop once
# it is refreshed, and archive every class it loaded. The archive fits only this JVM and this exact jar and lib/,
# which is why it is made here and not shipped.
RUN mkdir /tmp/training && cd /tmp/training \
 && java -XX:ArchiveClassesAtExit=/app/opencontest.jsa -Xlog:cds=error -Dspring.aot.enabled=true \
      -Dspring.context.exit=onRefresh -jar /app/opencontest.jar --spring.profiles.active=prod \
      --spring.datasource.url=jdbc:h2:mem:training --spring.datasource.username=sa --spring.datasource.password= \
      --opencontest.submission.receipt-key-secret=training --opencontest.storage.access-key=training \
      --opencontest.storage.secret-key=training --server.port=0 --management.server.port=0 \
 && cd / && rm -rf /tmp/training
USER opencontest
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
# -Dspring.aot.enabled=true: the bean definitions the build computed for the prod profile instead of scanning and
# evaluating conditions at every start; the operator commands (config/command.sh) run the same jar without it.
# -XX:+UseTransparentHugePages: the heap in 2 MiB pages where the host's kernel allows it (madvise or always); a
# scoring job's lookups in a large answer key miss fewer address translations (docs/performance.md, section 6).
ENTRYPOINT ["java", "-Dspring.aot.enabled=true", "-XX:SharedArchiveFile=/app/opencontest.jsa", "-XX:MaxRAMPercentage=75", "-XX:+UseTransparentHugePages", "-jar", "/app/opencontest.jar"]
