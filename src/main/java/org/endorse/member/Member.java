package org.endorse.member;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member Customs administration of the region, known by a short code such as IDN, and belonging to it from the day
 * it joined until the day it left, if it did.
 */
@Entity
@Table(name = "member_administration")
public class Member {

    @Id
    @Column(length = 8)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    /** The day it joined the region; none if it belonged to it before the region's records. */
    @Column(name = "joined_on")
    private LocalDate joinedOn;

    /** The day it left the region, if it did: it no longer belongs from that day. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    protected Member() {
    }

    Member(String code, String name, LocalDate joinedOn, LocalDate leftOn) {
        this.code = code;
        this.name = name;
        this.joinedOn = joinedOn;
        this.leftOn = leftOn;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    /** Whether it belongs to the region on the day. */
    public boolean belongsOn(LocalDate day) {
        return (joinedOn == null || !joinedOn.isAfter(day)) && (leftOn == null || leftOn.isAfter(day));
    }

    /** Whether it belongs to the region on any day from the first to the last, both included. */
    public boolean belongsDuring(LocalDate first, LocalDate last) {
        return (joinedOn == null || !joinedOn.isAfter(last)) && (leftOn == null || leftOn.isAfter(first));
    }

    void rename(String name) {
        this.name = name;
    }

    /** Configuration owns the dates: they follow it at every start. */
    boolean redate(LocalDate joinedOn, LocalDate leftOn) {
        boolean changed = !Objects.equals(this.joinedOn, joinedOn) || !Objects.equals(this.leftOn, leftOn);
        this.joinedOn = joinedOn;
        this.leftOn = leftOn;
        return changed;
    }
}
