# Production image: builds the app with the production profile (pre-built Vaadin bundle, no dev tools).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
COPY src src
COPY frontend frontend
RUN mvn -B -Pproduction -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app opencontest && chown opencontest /app
COPY --from=build /src/target/opencontest-*.jar /app/opencontest.jar
USER opencontest
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/opencontest.jar"]
