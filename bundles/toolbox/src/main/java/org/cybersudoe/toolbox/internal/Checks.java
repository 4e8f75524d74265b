package org.cybersudoe.toolbox.internal;

import java.net.URI;
import java.util.regex.Pattern;

import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.security.PartnerCodes;

/** Field checks shared by the toolbox's services and surfaces. */
public final class Checks {

    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private Checks() {
    }

    public static void code(Validator v, String field, String value) {
        // a blank code is only missing: its form is not a second error
        v.required(field, value).checkIfPresent(clean(value) == null ? null : value, x -> CODE.matcher(x).matches(), field,
                "invalid-value", () -> ToolboxTexts.MESSAGES.text("error.field.code"));
    }

    /**
     * A partner's code of the right form ({@link #code}) must name a structure of the network:
     * a record owned by a code that names none would be outside every partner's scope and
     * counted in the reports as a partner of its own. {@code known} is null where the network
     * area is not deployed: the code is then only checked for its form.
     */
    public static void knownPartner(Validator v, String field, String value, PartnerCodes known) {
        v.checkIfPresent(value, x -> !CODE.matcher(x).matches() || known == null || known.known(x), field,
                "invalid-value", () -> ToolboxTexts.MESSAGES.text("error.field.partner-structure"));
    }

    /** An http(s) URL, or a reference to a shared document ({@code document:<id>}). */
    public static void location(Validator v, String field, String value) {
        v.maxLength(field, value, 500).checkIfPresent(value, Checks::isLocation, field, "invalid-value",
                () -> ToolboxTexts.MESSAGES.text("error.field.location"));
    }

    static boolean isLocation(String value) {
        if (value.matches("document:[0-9]{1,18}")) {
            return true;
        }
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    /** Trims; blank becomes null. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        return t.isEmpty() ? null : t;
    }
}
