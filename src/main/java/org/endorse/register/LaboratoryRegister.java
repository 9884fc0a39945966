package org.endorse.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.endorse.member.MemberDirectory;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.ConflictException;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.LogText;
import org.endorse.system.NotFoundException;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of designated Regional Customs Laboratories. Each designation starts a watch of its
 * accreditation: the secretariat is reminded before it expires, and an expired one is flagged.
 */
@Service
public class LaboratoryRegister {

    private static final Logger log = LoggerFactory.getLogger(LaboratoryRegister.class);

    private final RegisteredLaboratoryRepository laboratories;
    private final AccreditationWatch watch;
    private final RegisterSettings settings;
    private final MemberDirectory members;
    private final Clock clock;

    LaboratoryRegister(RegisteredLaboratoryRepository laboratories, AccreditationWatch watch, RegisterSettings settings,
            MemberDirectory members, Clock clock) {
        this.laboratories = laboratories;
        this.watch = watch;
        this.settings = settings;
        this.members = members;
        this.clock = clock;
    }

    /** Enters a recognised laboratory in the register and starts watching its accreditation. */
    @Transactional
    public void designate(DesignatedLaboratory designated) {
        if (laboratories.findByProposalReference(designated.proposalReference()).isPresent()) {
            throw new ConflictException("error.register.alreadyRegistered", designated.proposalReference());
        }
        laboratories.save(new RegisteredLaboratory(designated));
        watch.start(designated.proposalReference(), designated.accreditationValidUntil(),
                settings.accreditationExpiryWarning());
        log.info("Register: {} ({}) designated a Regional Customs Laboratory from {}; its accreditation is valid"
                + " until {}", LogText.escaped(designated.laboratoryName()), members.nameOf(designated.member()),
                designated.designatedFrom(), designated.accreditationValidUntil());
    }

    /** How the register of laboratories may be sorted; in the order they were designated unless asked otherwise. */
    static final PageQuery.Sorting SORTING = new PageQuery.Sorting(Map.of("designated", "designatedFrom", "name",
            "laboratoryName", "member", "member"), "designated,asc", "id");

    /** A page of the register's laboratories. */
    @Transactional(readOnly = true)
    PageResult<RegisteredLaboratoryView> page(PageQuery page) {
        return page.read(SORTING, laboratories::findAll)
                .map(this::view);
    }

    @Transactional(readOnly = true)
    RegisteredLaboratoryView one(String reference) {
        return view(find(reference));
    }

    /**
     * Records a renewed accreditation, by the secretariat or the laboratory's own member administration; the
     * watch starts over for the new expiry date.
     */
    @Transactional
    RegisteredLaboratoryView renewAccreditation(EndorseUser user, String reference, AccreditationRenewal renewal) {
        RegisteredLaboratory laboratory = find(reference);
        if (!user.has(Role.SECRETARIAT) && !user.actsFor(laboratory.getMember())) {
            throw new ForbiddenException("error.register.renewerOnly", members.nameOf(laboratory.getMember()),
                    laboratory.getLaboratoryName());
        }
        if (!renewal.validUntil().isAfter(laboratory.getAccreditationValidUntil())) {
            throw new InvalidFieldException("validUntil", "error.register.renewalNotLater",
                    laboratory.getAccreditationValidUntil().toString());
        }
        laboratory.renewAccreditation(renewal.body().strip(), renewal.certificateNumber().strip(), renewal.validUntil());
        laboratories.flush();
        watch.stop(reference);
        watch.start(reference, renewal.validUntil(), settings.accreditationExpiryWarning());
        log.info("Register: the accreditation of {} was renewed by {} until {}",
                LogText.escaped(laboratory.getLaboratoryName()),
                user.id(), renewal.validUntil());
        return view(laboratory);
    }

    /** The accreditation expires within the warning period: the secretariat is reminded. */
    @Transactional
    void remindExpiring(String reference) {
        RegisteredLaboratory laboratory = find(reference);
        laboratory.remindedOfExpiry(today());
        log.warn("Register: the accreditation of {} ({}) expires on {}; the secretariat is reminded to ask {} for"
                + " its renewal", LogText.escaped(laboratory.getLaboratoryName()), reference,
                laboratory.getAccreditationValidUntil(),
                members.nameOf(laboratory.getMember()));
    }

    /** The accreditation has expired: the register flags the laboratory until it is renewed. */
    @Transactional
    void flagExpired(String reference) {
        RegisteredLaboratory laboratory = find(reference);
        laboratory.flaggedExpired(today());
        log.warn("Register: the accreditation of {} ({}) expired after {}; the laboratory is flagged until a renewed"
                + " accreditation is recorded (PUT /api/register/laboratories/{}/accreditation)",
                LogText.escaped(laboratory.getLaboratoryName()), reference, laboratory.getAccreditationValidUntil(),
                reference);
    }

    private RegisteredLaboratory find(String reference) {
        return laboratories.findByProposalReference(reference).orElseThrow(() -> new NotFoundException(
                "error.register.notFound", reference));
    }

    private RegisteredLaboratoryView view(RegisteredLaboratory laboratory) {
        return new RegisteredLaboratoryView(laboratory.getProposalReference(), laboratory.getMember(),
                members.nameOf(laboratory.getMember()), laboratory.getLaboratoryName(), laboratory.getLocation(),
                laboratory.getScope(), laboratory.getDesignatedFrom(), laboratory.getWcoReference(),
                new RegisteredLaboratoryView.Accreditation(laboratory.getAccreditationStandard(),
                        laboratory.getAccreditationBody(), laboratory.getCertificateNumber(),
                        laboratory.getAccreditationValidUntil(), state(laboratory.getAccreditationValidUntil()),
                        laboratory.getExpiryRemindedOn(), laboratory.getExpiryFlaggedOn()));
    }

    private AccreditationState state(LocalDate validUntil) {
        LocalDate today = today();
        if (today.isAfter(validUntil)) {
            return AccreditationState.EXPIRED;
        }
        return today.isBefore(validUntil.minus(settings.accreditationExpiryWarning())) ? AccreditationState.VALID
                : AccreditationState.EXPIRING_SOON;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
