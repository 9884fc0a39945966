package org.endorse.member;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Members", description = "The member Customs administrations and the other entities of the region")
class MemberController {

    private final MemberDirectory directory;
    private final RegionalEntities entities;

    MemberController(MemberDirectory directory, RegionalEntities entities) {
        this.directory = directory;
        this.entities = entities;
    }

    @GetMapping("/members")
    @Operation(summary = "List the member administrations of the region today, or on a day with ?on=2021-04-07,"
            + " with the days they joined and left it where known")
    List<MemberView> list(@RequestParam(required = false) LocalDate on) {
        return (on == null ? directory.current() : directory.on(on)).stream()
                .map(m -> new MemberView(m.getCode(), m.getName(), m.getJoinedOn(), m.getLeftOn())).toList();
    }

    @GetMapping("/regional-entities")
    @Operation(summary = "List the regional entities: the WCO Secretariat, ROCB A/P, RILO A/P, the RPSG, training"
            + " centres and laboratories, as configured")
    List<RegionalEntity> entities() {
        return entities.all();
    }

    /** A member administration; {@code joinedOn} is absent where it belonged before the region's records. */
    record MemberView(String code, String name, LocalDate joinedOn, LocalDate leftOn) {
    }
}
