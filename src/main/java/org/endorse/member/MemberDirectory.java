package org.endorse.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member administrations: loaded from configuration at start, read by every capability. */
@Service
public class MemberDirectory {

    private static final Logger log = LoggerFactory.getLogger(MemberDirectory.class);

    private final MemberRepository members;
    private final Clock clock;

    MemberDirectory(MemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /** Adds configured members that are new and renames those whose name changed; never removes one. */
    @Transactional
    public void synchronise(List<MembersProperties.MemberEntry> configured) {
        int added = 0;
        for (MembersProperties.MemberEntry entry : configured) {
            if (entry.joined() != null && entry.left() != null && !entry.left().isAfter(entry.joined())) {
                throw new IllegalStateException("endorse.members: " + entry.code() + " leaves the region on "
                        + entry.left() + ", not after it joined on " + entry.joined() + "; correct config/application.yml");
            }
            Optional<Member> existing = members.findById(entry.code());
            if (existing.isEmpty()) {
                members.save(new Member(entry.code(), entry.name(), entry.joined(), entry.left()));
                added++;
                continue;
            }
            if (!existing.get().getName().equals(entry.name())) {
                existing.get().rename(entry.name());
            }
            if (existing.get().redate(entry.joined(), entry.left())) {
                log.info("Member administration {} belongs to the region from {} to {}", entry.name(),
                        entry.joined() == null ? "before its records" : entry.joined(),
                        entry.left() == null ? "today" : entry.left());
            }
        }
        log.info("Member administrations: {} configured, {} new, {} in the database", configured.size(), added,
                members.count());
    }

    @Transactional(readOnly = true)
    public Optional<Member> find(String code) {
        return code == null ? Optional.empty() : members.findById(code);
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return code != null && members.existsById(code);
    }

    /** Every member administration the region has had, those that left included. */
    @Transactional(readOnly = true)
    public List<Member> all() {
        return members.findAllByOrderByNameAsc();
    }

    /** The member administrations of the region on the day, by name. */
    @Transactional(readOnly = true)
    public List<Member> on(LocalDate day) {
        return all().stream().filter(member -> member.belongsOn(day)).toList();
    }

    /** The member administrations of the region on any day of a meeting, by name. */
    @Transactional(readOnly = true)
    public List<Member> during(LocalDate first, LocalDate last) {
        return all().stream().filter(member -> member.belongsDuring(first, last)).toList();
    }

    /** The member administrations of the region today, as the engine's clock tells it. */
    @Transactional(readOnly = true)
    public List<Member> current() {
        return on(LocalDate.now(clock));
    }

    /** Whether the code is of a member administration of the region today. */
    @Transactional(readOnly = true)
    public boolean isCurrent(String code) {
        return find(code).filter(member -> member.belongsOn(LocalDate.now(clock))).isPresent();
    }

    @Transactional(readOnly = true)
    public String nameOf(String code) {
        return find(code).map(Member::getName).orElse(code);
    }
}
