package org.endorse.member;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The member administrations as the operator lists them in config/application.yml. */
@ConfigurationProperties("endorse")
@Validated
public record MembersProperties(List<@Valid MemberEntry> members) {

    public MembersProperties {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** A member administration: its code, its name, and the days it joined and left the region, if known. */
    public record MemberEntry(
            @NotBlank @Pattern(regexp = "[A-Z]{2,8}", message = "must be 2 to 8 capital letters, such as IDN") String code,
            @NotBlank String name,
            LocalDate joined,
            LocalDate left) {
    }
}
