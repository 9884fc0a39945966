package org.endorse.member;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The region's entities, as the operator lists them in config/application.yml next to the members. */
@ConfigurationProperties("endorse")
@Validated
public record RegionalEntitiesProperties(List<@Valid EntityEntry> entities) {

    public RegionalEntitiesProperties {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /**
     * One entity: its code, as agendas and action items name it; its name; its kind; the member administration
     * hosting it, if any; and the address that action items it owns are reminded to.
     */
    public record EntityEntry(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9-]{1,15}", message = "must be 2 to 16 capital letters, digits"
                    + " or hyphens, such as ROCB-AP") String code,
            @NotBlank String name,
            @NotNull RegionalEntity.Kind kind,
            String host,
            @Email String email) {
    }
}
