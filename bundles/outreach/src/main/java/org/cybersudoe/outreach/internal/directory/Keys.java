package org.cybersudoe.outreach.internal.directory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cybersudoe.core.digest.Sha256;

/**
 * The normal forms the directory matches records by: two spellings of the same address, national
 * id or company name give the same key.
 */
public final class Keys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ID_SEPARATORS = Pattern.compile("[\\s.\\-/]+");
    /** Legal forms that do not tell two companies apart, as they end up after folding. */
    private static final Set<String> LEGAL_FORMS = Set.of("sa", "sas", "sasu", "sarl", "eurl", "sci", "snc", "scop",
            "sl", "slu", "sll", "sc", "scoop", "lda", "unipessoal", "ltd", "gmbh", "spa", "srl", "cb");

    private Keys() {
    }

    /** The address trimmed and in lower case: what makes two contacts the same person. */
    public static String email(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** A national id without spaces, dots, dashes or slashes, upper case ({@code 552 100 554} → {@code 552100554}). */
    public static String nationalId(String id) {
        if (id == null) {
            return null;
        }
        String folded = ID_SEPARATORS.matcher(id.strip()).replaceAll("").toUpperCase(Locale.ROOT);
        return folded.isEmpty() ? null : folded;
    }

    /**
     * A company name folded for matching: no accents, case or punctuation, legal forms dropped
     * ({@code "Bodegas Ejemplo, S.L."} and {@code "BODEGAS EJEMPLO SL"} give {@code "bodegas ejemplo"}).
     */
    public static String name(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        // "S.L." and "S. A." must fold to one word before legal forms are recognised
        folded = folded.replaceAll("\\b(\\p{L})\\.\\s?(?=\\p{L}\\b)", "$1");
        StringBuilder key = new StringBuilder();
        for (String word : NOT_ALNUM.split(folded)) {
            if (word.isEmpty() || LEGAL_FORMS.contains(word)) {
                continue;
            }
            key.append(key.length() == 0 ? "" : " ").append(word);
        }
        String result = key.length() == 0 ? folded.strip() : key.toString();
        return result.length() > 200 ? result.substring(0, 200) : result;
    }

    /** The SHA-256 of the normalised address, in hex: how a suppression entry knows an address without keeping it. */
    public static String emailHash(String email) {
        return Sha256.hex(email(email));
    }
}
