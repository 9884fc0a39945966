package org.endorse.proposal;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * What a list of proposals is filtered by, in the portal and the API alike: kinds, statuses, the submitting
 * member administration and words in the title. Every filter left out matches everything.
 */
public record ProposalSearch(@Size(max = 3) List<ProposalKind> kind, @Size(max = 20) List<ProposalStatus> status,
        @Size(max = 8) String member, @Size(max = 200) String q) {

    public ProposalSearch {
        kind = kind == null ? List.of() : List.copyOf(kind);
        status = status == null ? List.of() : List.copyOf(status);
        member = member == null || member.isBlank() ? null : member.strip();
        q = q == null || q.isBlank() ? null : q.strip();
    }

    public static ProposalSearch everything() {
        return new ProposalSearch(null, null, null, null);
    }

    public static ProposalSearch inStatuses(List<ProposalStatus> statuses) {
        return new ProposalSearch(null, statuses, null, null);
    }
}
