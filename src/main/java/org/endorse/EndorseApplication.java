package org.endorse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Endorse: proposals from a member's submission to endorsement by the heads of Customs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EndorseApplication {

    public static void main(String[] args) {
        SpringApplication.run(EndorseApplication.class, args);
    }
}
