package org.cybersudoe.network.internal.jpa;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Embeddable;

@Embeddable
public class BudgetLineColumns {

    @Column(name = "label", nullable = false)
    public String label;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    public BigDecimal amount;

    public BudgetLineColumns() {
    }

    public BudgetLineColumns(String label, BigDecimal amount) {
        this.label = label;
        this.amount = amount;
    }
}
