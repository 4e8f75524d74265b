package org.cybersudoe.outreach.internal.newsletter;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.james.jdkim.api.SignatureRecord;
import org.apache.james.jdkim.exceptions.FailException;
import org.cybersudoe.outreach.internal.Mail;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The signer hands jDKIM the header fields it splits itself from the written message: what it
 * writes is checked by jDKIM's verifier and by dkimpy, which shares no code with it, on header
 * fields written the awkward ways a message may hold them, and a change after signing fails both.
 */
public class DkimSigningTest {

    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();

    private static Mail mail;
    private static DkimSigning signer;

    /** Folded, tabbed, oddly cased fields, a field twice, one signed field absent. */
    private static final String AWKWARD = String.join("\r\n",
            "FROM: \"CyberSudoe\"  <newsletter@cybersudoe.example>",
            "to:\tzoe@lac.example ",
            "Subject: =?UTF-8?Q?Lettre_n=C2=B01_:_la_cybers=C3=A9curit=C3=A9?=",
            " =?UTF-8?Q?_et_les_sauvegardes?=   ",
            "Date: Tue, 24 Nov 2026 17:00:00 +0000",
            "Message-ID: <campaign-1.2@cybersudoe.example>",
            "X-Mailer: first",
            "MIME-Version: 1.0",
            "Content-Type: text/plain;",
            "\tcharset=UTF-8",
            "List-Unsubscribe: <https://cybersudoe.example/u?c=1&r=2>,",
            "  <mailto:unsubscribe@cybersudoe.example?subject=unsubscribe>",
            "List-Unsubscribe: <https://cybersudoe.example/second>",
            "",
            "Bonjour  Zoé, \t",
            "",
            "la lettre.",
            "",
            "",
            "");

    @BeforeClass
    public static void keys() throws Exception {
        mail = new Mail(FOLDER.getRoot().toPath());
        signer = new DkimSigning("cybersudoe.example", "test", mail.keys.getPrivate());
    }

    @Test
    public void awkwardHeaderFieldsAreSignedAsBothVerifiersCanonicalizeThem() throws Exception {
        byte[] signed = signer.sign(AWKWARD.getBytes(StandardCharsets.UTF_8));

        List<SignatureRecord> records = mail.verifier().verify(new ByteArrayInputStream(signed));
        assertEquals("one valid signature", 1, records.size());
        assertEquals("cybersudoe.example", records.get(0).getDToken().toString());
        assertEquals("valid", mail.independentVerdict(List.of(signed), FOLDER.newFolder().toPath()));
    }

    @Test
    public void aMessageChangedAfterSigningFailsBothVerifiers() throws Exception {
        byte[] signed = signer.sign(AWKWARD.getBytes(StandardCharsets.UTF_8));
        String text = new String(signed, StandardCharsets.UTF_8);
        byte[] otherUnsubscribe = text.replace("/second>", "/third>").getBytes(StandardCharsets.UTF_8);
        byte[] otherBody = text.replace("la lettre.", "la lettre!").getBytes(StandardCharsets.UTF_8);

        for (byte[] tampered : List.of(otherUnsubscribe, otherBody)) {
            try {
                List<SignatureRecord> records = mail.verifier().verify(new ByteArrayInputStream(tampered));
                assertTrue("no valid signature: " + records, records == null || records.isEmpty());
            } catch (FailException expected) {
                // jDKIM says why the only signature fails
            }
        }
        String verdict = mail.independentVerdict(List.of(otherUnsubscribe, otherBody), FOLDER.newFolder().toPath());
        assertTrue(verdict, verdict.startsWith("invalid: ") && verdict.contains("message-0") && verdict.contains("message-1"));
    }

    @Test
    public void theSignatureFieldComesFirstAndTheMessageFollowsUnchanged() throws Exception {
        byte[] message = AWKWARD.getBytes(StandardCharsets.UTF_8);
        byte[] signed = signer.sign(message);
        String text = new String(signed, StandardCharsets.UTF_8);
        assertTrue(text, text.startsWith("DKIM-Signature:"));
        String field = text.substring(0, text.indexOf("\r\nFROM:"));
        assertTrue(field, field.contains("c=relaxed/relaxed") && field.contains("d=cybersudoe.example") && field.contains("s=test"));
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        rest.write(signed, field.length() + 2, signed.length - field.length() - 2);
        assertArrayEquals("the message itself is unchanged", message, rest.toByteArray());
    }
}
