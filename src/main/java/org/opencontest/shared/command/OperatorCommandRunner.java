package org.opencontest.shared.command;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link OperatorCommand} that {@code opencontest.command} names once the application has started, then
 * exits with status 0; a failing command fails the start, which exits with status 1. config/command.sh (which
 * config/backup.sh and config/restore.sh call) starts such a process on a free loopback port, without management
 * port, scheduled jobs or the republication of pending events, so it serves nobody and sends no mail. It is a full
 * web application: {@code spring.main.web-application-type=none} cannot start it (Spring Security's matchers and
 * Vaadin need the servlet context).
 */
@Component
@ConditionalOnProperty(name = "opencontest.command")
class OperatorCommandRunner implements ApplicationRunner {

    private final List<OperatorCommand> commands;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    OperatorCommandRunner(List<OperatorCommand> commands, Environment environment,
                          ConfigurableApplicationContext context) {
        this.commands = commands;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        String name = environment.getRequiredProperty("opencontest.command");
        OperatorCommand command = commands.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown opencontest.command " + name + "; known: "
                        + commands.stream().map(OperatorCommand::name).sorted().toList()));
        command.run(environment);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
