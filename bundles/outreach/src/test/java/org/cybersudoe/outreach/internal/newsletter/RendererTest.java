package org.cybersudoe.outreach.internal.newsletter;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.outreach.IssueSection;
import org.cybersudoe.outreach.NewsletterIssue;
import org.cybersudoe.outreach.RenderedMessage;
import org.junit.Test;

/** A campaign lays an issue out once per kind of recipient and fills in each recipient's values. */
public class RendererTest {

    private final Renderer renderer = new Renderer();
    private final NewsletterIssue issue = new NewsletterIssue(1, 7, LocalizedText.of("Lettre", "Boletín", "Boletim", "Letter"),
            LocalizedText.of("Intro fr", "Intro es", "Intro pt", "Intro en"),
            List.of(new IssueSection("is-security", LocalizedText.of("Sauvegarder", "Copiar", "Copiar", "Back up"),
                    LocalizedText.of("Corps <fr> & co", "Cuerpo", "Corpo", "Body"))),
            List.of(), "admin", Instant.now(), 0);

    private RenderedMessage render(String name, String company, String url) {
        return renderer.render(issue, new Recipient(1, "a@example.org", name, Language.FR, "cybermassif", company, 0),
                LocalizedText.of("Pied fr", "Pie es", "Rodapé pt", "Footer en"), "CyberMassif", url, false);
    }

    @Test
    public void valuesOfEachRecipientAreEscapedInHtmlAndLeftAsTheyAreInText() {
        RenderedMessage m = render("Anne <b>& Co", "Dupont & Fils", "https://x.example/u?c=1&r=2&t=abc");
        assertTrue(m.html(), m.html().contains("Bonjour Anne &lt;b&gt;&amp; Co,"));
        assertTrue(m.html(), m.html().contains("CyberMassif (Dupont &amp; Fils)"));
        assertTrue(m.html(), m.html().contains("href=\"https://x.example/u?c=1&amp;r=2&amp;t=abc\""));
        assertTrue(m.html(), m.html().contains("Corps &lt;fr&gt; &amp; co"));
        assertTrue(m.text(), m.text().contains("Bonjour Anne <b>& Co,"));
        assertTrue(m.text(), m.text().contains("CyberMassif (Dupont & Fils)"));
        assertTrue(m.text(), m.text().contains("https://x.example/u?c=1&r=2&t=abc"));
        assertFalse(m.html(), m.html().contains("slot"));
    }

    @Test
    public void oneLayoutServesEveryRecipientOfTheSameKind() {
        Renderer.LayoutKey key = new Renderer.LayoutKey(Language.FR, "cybermassif", true, true, false);
        Renderer.Layout layout = renderer.layout(issue, key, null, "CyberMassif");
        RenderedMessage first = layout.fill(new Recipient(1, "a@example.org", "Anne", Language.FR, "cybermassif", "A SARL", 0), "https://u/1");
        RenderedMessage second = layout.fill(new Recipient(2, "b@example.org", "Bruno", Language.FR, "cybermassif", "B SAS", 0), "https://u/2");
        assertTrue(first.text().contains("Bonjour Anne,") && first.text().contains("(A SARL)") && first.text().contains("https://u/1"));
        assertTrue(second.text().contains("Bonjour Bruno,") && second.text().contains("(B SAS)") && second.text().contains("https://u/2"));
        assertFalse(second.text().contains("Anne"));
        assertEquals(render("Bruno", "B SAS", "https://u/2").text().replace("Pied fr\n", ""), second.text());
    }

    @Test
    public void theEncodedBodiesDecodeToTheFilledInTextWithLinesOfAtMost76Characters() throws Exception {
        Renderer.LayoutKey key = new Renderer.LayoutKey(Language.FR, "cybermassif", true, true, false);
        Renderer.Layout layout = renderer.layout(issue, key, LocalizedText.of("Pied fr", "Pie es", "Rodapé pt", "Footer en"), "CyberMassif");
        // accents, markup, a trailing space and a value longer than a line
        Recipient r = new Recipient(3, "c@example.org", "Zoé <Lefèvre> ", Language.FR, "cybermassif",
                "Hôtel du Lac = ".repeat(8), 0);
        String url = "https://cybersudoe.example/api/v1/outreach/unsubscribe?c=1&r=3&t=" + "x".repeat(90);
        RenderedMessage plain = layout.fill(r, url);
        EncodedMessage encoded = layout.fillEncoded(r, url);
        assertEquals(plain.text(), decode(encoded.text()));
        assertEquals(plain.html(), decode(encoded.html()));
        for (byte[] body : List.of(encoded.text(), encoded.html())) {
            for (String line : new String(body, java.nio.charset.StandardCharsets.US_ASCII).split("\r\n", -1)) {
                assertTrue(line.length() + ": " + line, line.length() <= 76);
                assertFalse("a line ends with a space: " + line, line.endsWith(" ") || line.endsWith("\t"));
            }
        }
    }

    private static String decode(byte[] quotedPrintable) throws Exception {
        try (java.io.InputStream in = javax.mail.internet.MimeUtility.decode(new java.io.ByteArrayInputStream(quotedPrintable),
                "quoted-printable")) {
            // the encoder writes line ends as CRLF; the layout's text has LF
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    @Test
    public void aRecipientWithoutANameGetsTheUnnamedGreeting() {
        RenderedMessage m = render(" ", null, "https://u/3");
        assertTrue(m.text(), m.text().startsWith("Lettre"));
        assertFalse(m.text(), m.text().contains("Bonjour  ,"));
        assertTrue(m.text(), m.text().contains("CyberMassif."));
    }
}
