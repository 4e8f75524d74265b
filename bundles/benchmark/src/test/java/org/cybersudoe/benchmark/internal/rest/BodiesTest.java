package org.cybersudoe.benchmark.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Map;

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.junit.Test;

public class BodiesTest {

    @Test
    public void theStatusCatalogHasEveryKeyInEveryLanguage() {
        for (Language language : Language.values()) {
            assertEquals(language.code(), List.of(), Bodies.MESSAGES.missingKeys(language));
        }
        assertEquals("Publiée", Bodies.MESSAGES.get(Language.FR, "status.published"));
        assertEquals("n’a pas adopté la version 2 de la charte", Bodies.MESSAGES.get(Language.FR, "adoption.pending", 2));
    }

    @Test
    public void anUnknownLanguageInATextIsNamedAsTheClientSentIt() {
        Bodies.SheetBody body = new Bodies.SheetBody(null, "fib", null, Map.of("de", "Werkstatt", "es", "Taller"), null,
                null, null, null, "workshop", null, null, null, null, null, null, Map.of("xx", "?"), null, null, null, null,
                null, null, null, null, null, null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> Bodies.draft(body));
        assertEquals(List.of("title.de", "transferability.xx"), e.fieldErrors().stream().map(FieldError::field).sorted().toList());
    }
}
