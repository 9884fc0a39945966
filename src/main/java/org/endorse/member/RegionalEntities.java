package org.endorse.member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The region's entities, read from configuration: the one list that observers at meetings, presenters of reports
 * and owners of action items are taken from. A mistake in it stops Endorse at start with what to correct.
 */
@Component
public class RegionalEntities {

    private final Map<String, RegionalEntity> byCode = new LinkedHashMap<>();

    RegionalEntities(RegionalEntitiesProperties properties, MembersProperties members) {
        List<String> memberCodes = members.members().stream().map(MembersProperties.MemberEntry::code).toList();
        for (RegionalEntitiesProperties.EntityEntry entry : properties.entities()) {
            if (memberCodes.contains(entry.code())) {
                throw new IllegalStateException("endorse.entities: " + entry.code() + " is also a member"
                        + " administration's code; give the entity a code of its own in config/application.yml");
            }
            String host = entry.host() == null || entry.host().isBlank() ? null : entry.host();
            if (host != null && !memberCodes.contains(host)) {
                throw new IllegalStateException("endorse.entities: the host of " + entry.code() + ", " + host
                        + ", is not among endorse.members; use a member administration's code in config/application.yml");
            }
            String email = entry.email() == null || entry.email().isBlank() ? null : entry.email();
            if (byCode.put(entry.code(), new RegionalEntity(entry.code(), entry.name(), entry.kind(), host,
                    email)) != null) {
                throw new IllegalStateException("endorse.entities: " + entry.code() + " is listed twice in"
                        + " config/application.yml; keep one");
            }
        }
    }

    /** Every entity, in the order configuration lists them. */
    public List<RegionalEntity> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<RegionalEntity> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }
}
