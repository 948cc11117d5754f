package org.opencontest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OpenContestApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenContestApplication.class, args);
    }
}
