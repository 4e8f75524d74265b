package org.cybersudoe.web.internal.problem;

import java.util.EnumMap;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.i18n.Messages;

/**
 * The edge's texts: problem titles ({@code title.<type>}, falling back to the title of the
 * status's type), details of the problems the edge raises itself
 * ({@code detail.<key>}), field-error texts by code ({@code field.<code>}), the reasons of the
 * edge's own parameter checks ({@code field.<code>.<what>}) and value hints
 * ({@code hint.<kind>}), in the four languages of {@code OSGI-INF/l10n/web_*.properties}.
 */
public final class ProblemCatalog {

    /** The catalog's base name, in this bundle. */
    public static final String BASE_NAME = "OSGI-INF/l10n/web";

    private final Messages messages;

    public ProblemCatalog(Messages messages) {
        this.messages = messages;
    }

    /** The catalog of this bundle. */
    public static ProblemCatalog load() {
        return new ProblemCatalog(Messages.of(ProblemCatalog.class, BASE_NAME));
    }

    /**
     * The title of a problem type; for a type the edge does not know (an area's own), the
     * title of its status. Never null.
     */
    public String title(Language language, String slug, int status) {
        for (String candidate : new String[] {slug, slugFor(status), status >= 500 ? "internal-error" : "bad-request"}) {
            if (messages.has(Language.EN, "title." + candidate)) {
                return messages.get(language, "title." + candidate);
            }
        }
        return messages.get(language, "title.bad-request");
    }

    /** The problem type slug for a bare HTTP status: {@code not-found}, {@code method-not-allowed}, ... */
    public static String slugFor(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 410 -> "gone";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 429 -> "too-many-requests";
            case 500 -> "internal-error";
            case 501 -> "not-implemented";
            case 503 -> "unavailable";
            default -> "http-" + status;
        };
    }

    /** A detail text of the edge's own problems. Never null. */
    public String detail(Language language, String key, Object... args) {
        return messages.get(language, "detail." + key, args);
    }

    /** True when the catalog has a detail text for this key. */
    public boolean hasDetail(String key) {
        return messages.has(Language.EN, "detail." + key);
    }

    /**
     * The text of a field error. A code the catalog knows is translated, except in English,
     * where the service's own sentence is usually more precise ("must be at most 200
     * characters"); an unknown code keeps the service's sentence. Never null.
     */
    public String fieldDetail(Language language, String code, String serviceDetail) {
        String key = "field." + code;
        if (!messages.has(Language.EN, key)) {
            return serviceDetail == null ? code : serviceDetail;
        }
        if (language == Language.EN && serviceDetail != null && !serviceDetail.isBlank() && !serviceDetail.equals(code)) {
            return serviceDetail;
        }
        return messages.get(language, key);
    }

    /** A field-error text the edge writes itself, with its arguments. Never null. */
    public String field(Language language, String key, Object... args) {
        return messages.get(language, "field." + key, args);
    }

    /**
     * The reason of one of the edge's own parameter checks in every language, for a
     * {@link org.cybersudoe.core.error.FieldError}: the catalog's {@code field.<key>}, except in
     * English, which stays {@code english}, the sentence clients have always been sent; the
     * catalog writes its apostrophes as ’ where that sentence has a straight one. Never null.
     */
    public LocalizedText fieldText(String english, String key, Object... args) {
        EnumMap<Language, String> values = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            values.put(language, language == Language.EN ? english : field(language, key, args));
        }
        return new LocalizedText(values);
    }

    /** A hint describing an expected kind of value ({@code hint.date}, ...). Never null. */
    public String hint(Language language, String kind) {
        return messages.get(language, "hint." + kind);
    }
}
