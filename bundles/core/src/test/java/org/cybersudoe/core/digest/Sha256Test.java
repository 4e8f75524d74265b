package org.cybersudoe.core.digest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.junit.Test;

public class Sha256Test {

    @Test
    public void theDigestOfKnownInputsIsTheStandardOne() {
        // FIPS 180-2, appendix B.1, and the digest of nothing
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
    }

    @Test
    public void textIsDigestedAsUtf8() {
        String text = "Îles Açores, Logroño";
        assertEquals(Sha256.hex(text.getBytes(StandardCharsets.UTF_8)), Sha256.hex(text));
        assertNotEquals(Sha256.hex(text.getBytes(StandardCharsets.ISO_8859_1)), Sha256.hex(text));
    }

    @Test
    public void aValueFedInPartsHasTheDigestOfTheWhole() {
        MessageDigest digest = Sha256.newDigest();
        digest.update("ab".getBytes(StandardCharsets.UTF_8));
        digest.update("c".getBytes(StandardCharsets.UTF_8));
        assertEquals(Sha256.hex("abc"), Sha256.hex(digest));
        assertEquals("a reading resets the digest", Sha256.hex(""), Sha256.hex(digest));
    }
}
