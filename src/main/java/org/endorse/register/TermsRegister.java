package org.endorse.register;

import java.util.Map;
import java.util.Optional;

import org.endorse.system.LogText;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of Terms of Reference: the version in force for each regional body, and those it superseded. */
@Service
public class TermsRegister {

    private static final Logger log = LoggerFactory.getLogger(TermsRegister.class);

    private final RegisteredTermsRepository terms;

    TermsRegister(RegisteredTermsRepository terms) {
        this.terms = terms;
    }

    /** Puts an adopted ToR in force; the one in force for the same body until now is superseded by it. */
    @Transactional
    public void adopt(AdoptedTerms adopted) {
        for (RegisteredTerms previous : terms.findInForce(adopted.governedBody())) {
            previous.supersede(adopted.proposalReference(), adopted.adoptedOn());
            log.info("Register: the Terms of Reference of {} adopted under {} are superseded by {}",
                    LogText.escaped(previous.getGovernedBody()), previous.getProposalReference(),
                    adopted.proposalReference());
        }
        terms.save(new RegisteredTerms(adopted));
        log.info("Register: version {} of the Terms of Reference of {} ({}) is in force from {}",
                adopted.versionNumber(), LogText.escaped(adopted.governedBody()), adopted.proposalReference(),
                adopted.adoptedOn());
    }

    /** The ToR in force for a body, if any: what an amendment would supersede. */
    @Transactional(readOnly = true)
    public Optional<RegisteredTermsView> inForce(String governedBody) {
        return terms.findInForce(governedBody).stream().findFirst().map(RegisteredTermsView::of);
    }

    /** How the register of ToR may be sorted; by regional body unless asked otherwise. */
    static final PageQuery.Sorting SORTING = new PageQuery.Sorting(Map.of("body", "governedBody", "adopted",
            "adoptedOn"), "body,asc", "id");

    /** A page of the ToR in force, one for each regional body. */
    @Transactional(readOnly = true)
    PageResult<RegisteredTermsView> inForce(PageQuery page) {
        return page.read(SORTING, terms::findBySupersededOnIsNull)
                .map(RegisteredTermsView::of);
    }

    /** The register's entry of an adopted ToR, in force or superseded, by the reference of its proposal. */
    @Transactional(readOnly = true)
    public Optional<RegisteredTermsView> entryOf(String proposalReference) {
        return terms.findByProposalReference(proposalReference).map(RegisteredTermsView::of);
    }

    /** A page of every adopted ToR, the superseded ones included. */
    @Transactional(readOnly = true)
    PageResult<RegisteredTermsView> history(PageQuery page) {
        return page.read(SORTING, terms::findAll)
                .map(RegisteredTermsView::of);
    }
}
