package org.endorse.member;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/members")
@Tag(name = "Members", description = "The member Customs administrations of the region")
class MemberController {

    private final MemberDirectory directory;

    MemberController(MemberDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "List the member administrations")
    List<MemberView> list() {
        return directory.all().stream().map(m -> new MemberView(m.getCode(), m.getName())).toList();
    }

    record MemberView(String code, String name) {
    }
}
