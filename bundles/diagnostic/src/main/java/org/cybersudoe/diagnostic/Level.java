package org.cybersudoe.diagnostic;

import java.math.BigDecimal;

import org.cybersudoe.core.i18n.LocalizedText;

/** A maturity level: an overall score from {@code from} up to the next level's start. */
public record Level(String code, BigDecimal from, LocalizedText title, LocalizedText description) {
}
