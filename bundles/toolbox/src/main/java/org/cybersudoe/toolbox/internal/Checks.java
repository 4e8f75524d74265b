package org.cybersudoe.toolbox.internal;

import java.net.URI;
import java.util.regex.Pattern;

import org.cybersudoe.core.error.Validator;

/** Field checks shared by the toolbox's services and surfaces. */
public final class Checks {

    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private Checks() {
    }

    public static void code(Validator v, String field, String value) {
        v.required(field, value).checkIfPresent(value, x -> CODE.matcher(x).matches(), field, "invalid-value",
                () -> ToolboxTexts.MESSAGES.text("error.field.code"));
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
