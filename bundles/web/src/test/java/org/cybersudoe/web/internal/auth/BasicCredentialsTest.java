package org.cybersudoe.web.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.Test;

public class BasicCredentialsTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void parsesUtf8UserAndAPasswordContainingColons() {
        BasicCredentials credentials = BasicCredentials.parse(basic("joão:a:b:c")).orElseThrow();
        assertEquals("joão", credentials.user());
        assertEquals("a:b:c", credentials.password());
        assertEquals("joão", BasicCredentials.parse("basic " + basic("joão:x").substring(6)).orElseThrow().user());
    }

    @Test
    public void refusesWhatIsNotBasicCredentials() {
        assertFalse(BasicCredentials.parse(null).isPresent());
        assertFalse(BasicCredentials.parse("Bearer abc").isPresent());
        assertFalse(BasicCredentials.parse("Basic ***").isPresent());
        assertFalse(BasicCredentials.parse(basic("no-colon")).isPresent());
        assertFalse(BasicCredentials.parse(basic(":no-user")).isPresent());
    }

    @Test
    public void neverPrintsThePassword() {
        assertFalse(BasicCredentials.parse(basic("ana:s3cret")).orElseThrow().toString().contains("s3cret"));
    }
}
