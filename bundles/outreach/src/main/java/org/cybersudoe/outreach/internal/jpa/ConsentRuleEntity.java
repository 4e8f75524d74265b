package org.cybersudoe.outreach.internal.jpa;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "out_consent_rule")
@IdClass(ConsentRuleEntity.Key.class)
public class ConsentRuleEntity {

    @Id
    public String country;

    @Id
    public String basis;

    @Column(nullable = false)
    public String note;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String country;
        public String basis;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(country, k.country) && Objects.equals(basis, k.basis);
        }

        @Override
        public int hashCode() {
            return Objects.hash(country, basis);
        }
    }
}
