package org.cybersudoe.core.error;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.junit.Test;

public class ValidatorTest {

    @Test
    public void aFieldWordedInEveryLanguageKeepsItsEnglishForTheSummary() {
        AtomicInteger built = new AtomicInteger();
        Validator validator = new Validator()
                .check(true, "start", "invalid-value", () -> {
                    built.incrementAndGet();
                    return LocalizedText.of(Language.EN, "never shown");
                })
                .check(false, "end", "invalid-value", () -> {
                    built.incrementAndGet();
                    return LocalizedText.of("doit être postérieure au début", null, null, "must be after the start");
                });
        assertEquals("only the failing check built its text", 1, built.get());

        ValidationException e = assertThrows(ValidationException.class, validator::throwIfInvalid);
        assertEquals("The request is not valid: end: must be after the start", e.getMessage());
        FieldError end = e.fieldErrors().get(0);
        assertEquals("must be after the start", end.detail());
        assertEquals("doit être postérieure au début", end.text().resolve(Language.FR).orElseThrow());
    }

    @Test
    public void anAddressIsOneAddressThatAMailHeaderCanCarry() {
        for (String good : List.of("ana@example.org", "Zoe.Lefevre+news@cevenole.example", "o'brien@example.ie")) {
            assertEquals(good, List.of(), new Validator().email("email", good).errors());
        }
        for (String bad : List.of("ana@example", "ana example@x.org", "ana@x.org, bob@y.org", "ana@x.org;bob@y.org",
                "Ana <ana@x.org>", "\"ana\"@x.org", "a,b@x.org", "@x.org")) {
            List<FieldError> errors = new Validator().email("email", bad).errors();
            assertEquals(bad, 1, errors.size());
            assertEquals("invalid-value", errors.get(0).code());
            assertEquals("deve ser um só endereço de correio eletrónico, como nome@example.org",
                    errors.get(0).text().resolve(Language.PT).orElseThrow());
        }
    }

    @Test
    public void theCoreWordsItsOwnChecksInEachLanguage() {
        List<FieldError> errors = new Validator().maxLength("name", "x".repeat(201), 200).errors();
        assertEquals("must be at most 200 characters", errors.get(0).detail());
        assertEquals("doit compter au plus 200 caractères", errors.get(0).text().resolve(Language.FR).orElseThrow());
    }
}
