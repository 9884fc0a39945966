package org.endorse.nomination;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.endorse.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/calls")
@Tag(name = "Calls for nominations", description = "The region's calls to nominate for the next term of each seat,"
        + " with their deadlines and candidates")
class CallController {

    private final CallsForNominations calls;
    private final CurrentUser currentUser;

    CallController(CallsForNominations calls, CurrentUser currentUser) {
        this.calls = calls;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "List the calls for nominations, the latest deadline first, with the candidates submitted by"
            + " the deadline")
    List<CallsForNominations.CallView> list() {
        return calls.all();
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an open call today, before its deadline (secretariat); later nominations are late")
    CallsForNominations.CallView close(@PathVariable Long id) {
        return calls.closeNow(currentUser.get(), id);
    }
}
