package org.endorse.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member Customs administration of the region, known by a short code such as IDN. */
@Entity
@Table(name = "member_administration")
public class Member {

    @Id
    @Column(length = 8)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    protected Member() {
    }

    public Member(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }
}
