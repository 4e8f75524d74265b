package org.cybersudoe.core.health;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.junit.Test;

public class HealthStatusTest {

    @Test
    public void aReasonGivenInEnglishOnlyIsTheTextInEveryLanguage() {
        HealthStatus down = HealthStatus.down("loading");
        assertFalse(down.up());
        assertEquals("loading", down.detail());
        assertEquals("loading", down.text().resolve(Language.FR).orElseThrow());
    }

    @Test
    public void aLocalizedReasonKeepsItsEnglishAsTheDetailAndGrowsInEveryLanguage() {
        HealthStatus up = HealthStatus.up(LocalizedText.of("schéma en version 2", "esquema en la versión 2",
                "esquema na versão 2", "schema version 2"));
        HealthStatus more = up.followedBy(LocalizedText.of("3 questionnaires", "3 cuestionarios", "3 questionários",
                "3 questionnaires"));

        assertTrue(more.up());
        assertEquals("schema version 2, 3 questionnaires", more.detail());
        assertEquals("esquema na versão 2, 3 questionários", more.text().exact(Language.PT).orElseThrow());
        assertEquals("schéma en version 2, 3 questionnaires", more.text().exact(Language.FR).orElseThrow());
    }
}
