package org.endorse.register;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Enters the seats' holders from before Endorse, as config/application.yml records them, at every start. */
@Component
@Order(2)
class RepresentationSeeding implements ApplicationRunner {

    private final RepresentationRegister register;

    RepresentationSeeding(RepresentationRegister register) {
        this.register = register;
    }

    @Override
    public void run(ApplicationArguments args) {
        register.enterEarlierHolders();
    }
}
