package org.opencontest.notification.internal;

import java.util.Properties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The default run and the tests send to an in-process SMTP server, so nothing leaves the machine. Defining the
 * {@code JavaMailSender} here makes Boot's mail auto-configuration ({@code spring.mail.*}) back off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "opencontest.mail", name = "embedded", havingValue = "true")
class EmbeddedMailConfig {

    @Bean(destroyMethod = "stop")
    EmbeddedMailServer embeddedMailServer(MailSettings settings) {
        EmbeddedMailServer server = new EmbeddedMailServer(settings.embeddedPort());
        server.start();
        return server;
    }

    @Bean
    JavaMailSenderImpl mailSender(EmbeddedMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        // short timeouts: while a test has the server stopped, attempts must fail fast
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.writetimeout", "5000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
