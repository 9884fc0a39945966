package org.endorse.member;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Brings the member table in line with config/application.yml at every start. */
@Component
@Order(1)
class MemberSeeding implements ApplicationRunner {

    private final MemberDirectory directory;
    private final MembersProperties properties;

    MemberSeeding(MemberDirectory directory, MembersProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        directory.synchronise(properties.members());
    }
}
