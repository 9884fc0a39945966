package org.endorse.register;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The users of each member administration's office as Regional Vice-Chair: those who join the secretariat and chair
 * groups on the first day of its term, and leave them on the first day of the next holder's.
 */
@ConfigurationProperties("endorse")
@Validated
public record ViceChairOfficesProperties(Map<String, @Valid Office> viceChairOffices) {

    public ViceChairOfficesProperties {
        viceChairOffices = viceChairOffices == null ? Map.of() : Map.copyOf(viceChairOffices);
    }

    /** An office's users, by the member administration's code (a map, so that each file may add offices). */
    public record Office(List<@NotBlank String> secretariat, List<@NotBlank String> chair) {

        public Office {
            secretariat = secretariat == null ? List.of() : List.copyOf(secretariat);
            chair = chair == null ? List.of() : List.copyOf(chair);
        }
    }
}
