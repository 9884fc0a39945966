package org.endorse.member;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Member administrations and regional entities together, for what either may be: the presenter of a report or the
 * owner of an action item. Each code names one of them, never both.
 */
@Component
public class RegionalParties {

    private final MemberDirectory members;
    private final RegionalEntities entities;

    RegionalParties(MemberDirectory members, RegionalEntities entities) {
        this.members = members;
        this.entities = entities;
    }

    public boolean exists(String code) {
        return entities.exists(code) || members.exists(code);
    }

    public String nameOf(String code) {
        return entities.find(code).map(RegionalEntity::name).orElseGet(() -> members.nameOf(code));
    }

    /** The entities first, as configured, then the members by name: the choices of a portal's list. */
    public List<Party> all() {
        List<Party> all = new ArrayList<>();
        entities.all().forEach(entity -> all.add(new Party(entity.code(), entity.name())));
        members.all().forEach(member -> all.add(new Party(member.getCode(), member.getName())));
        return all;
    }

    public record Party(String code, String name) {
    }
}
