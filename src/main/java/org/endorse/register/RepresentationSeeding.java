package org.endorse.register;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Enters the seats' holders from before Endorse, as config/application.yml records them, at every start. */
@Component
@Order(2)
class RepresentationSeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RepresentationSeeding.class);

    private final RepresentationRegister register;

    RepresentationSeeding(RepresentationRegister register) {
        this.register = register;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            register.enterEarlierHolders();
        } catch (DataIntegrityViolationException enteredMeanwhile) {
            // Another node starting at the same moment entered them first, all in one transaction.
            log.info("The seats' earlier holders were entered by another node starting at the same time");
        }
    }
}
