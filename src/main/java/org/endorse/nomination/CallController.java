package org.endorse.nomination;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.endorse.security.CurrentUser;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
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
    @Operation(summary = "List the calls for nominations, with the candidates submitted by the deadline, a page at a"
            + " time", description = "Paging: page (from 1), size (at most 50), sort (deadline, seat or term, with"
                    + " ,asc or ,desc; the latest deadline first by default).")
    PageResult<CallsForNominations.CallView> list(@Valid PageQuery page) {
        return calls.page(page);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an open call today, before its deadline (secretariat); later nominations are late")
    CallsForNominations.CallView close(@PathVariable Long id) {
        return calls.closeNow(currentUser.get(), id);
    }
}
