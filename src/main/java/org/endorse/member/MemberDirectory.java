package org.endorse.member;

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

    MemberDirectory(MemberRepository members) {
        this.members = members;
    }

    /** Adds configured members that are new and renames those whose name changed; never removes one. */
    @Transactional
    public void synchronise(List<MembersProperties.MemberEntry> configured) {
        int added = 0;
        for (MembersProperties.MemberEntry entry : configured) {
            Optional<Member> existing = members.findById(entry.code());
            if (existing.isEmpty()) {
                members.save(new Member(entry.code(), entry.name()));
                added++;
            } else if (!existing.get().getName().equals(entry.name())) {
                existing.get().rename(entry.name());
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

    @Transactional(readOnly = true)
    public List<Member> all() {
        return members.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public String nameOf(String code) {
        return find(code).map(Member::getName).orElse(code);
    }
}
