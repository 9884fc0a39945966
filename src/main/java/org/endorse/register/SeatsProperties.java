package org.endorse.register;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The seats the region fills, as the operator lists them in config/application.yml. */
@ConfigurationProperties("endorse")
@Validated
public record SeatsProperties(List<@Valid SeatEntry> seats) {

    public SeatsProperties {
        seats = seats == null ? List.of() : List.copyOf(seats);
    }

    /**
     * One seat: its code and name; its kind; how many places the region holds on it; its term and the first day
     * of a term, from which the terms follow each other (none for a seat held until the region decides
     * otherwise); the WCO body that elects the region's candidates, if one does; and who held it before Endorse.
     */
    public record SeatEntry(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9-]{1,39}", message = "must be 2 to 40 capital letters, digits"
                    + " or hyphens, such as POLICY-COMMISSION") String code,
            @NotBlank String name,
            @NotNull SeatType type,
            @NotNull @Min(1) Integer places,
            Period term,
            LocalDate termsFrom,
            String electedBy,
            List<@Valid HolderEntry> holders) {

        public SeatEntry {
            holders = holders == null ? List.of() : List.copyOf(holders);
        }
    }

    /** A holder recorded from the region's history: the member administration, its term, and the person if known. */
    public record HolderEntry(@NotBlank String member, @NotNull LocalDate from, LocalDate to, String person) {
    }
}
