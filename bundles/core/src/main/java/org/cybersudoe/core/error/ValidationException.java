package org.cybersudoe.core.error;

import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/** Bad input (400): names every offending field. Nothing has been written when it is thrown. */
public class ValidationException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ValidationException(List<FieldError> fieldErrors) {
        super(400, "validation", summary(fieldErrors), fieldErrors);
    }

    public ValidationException(String field, String code, String detail) {
        this(List.of(new FieldError(field, code, detail)));
    }

    /** One offending field, its reason worded in the platform's languages by the area's catalog. */
    public ValidationException(String field, String code, LocalizedText text) {
        this(List.of(new FieldError(field, code, text)));
    }

    private static String summary(List<FieldError> errors) {
        if (errors == null || errors.isEmpty()) {
            return "The request is not valid.";
        }
        StringBuilder text = new StringBuilder("The request is not valid: ");
        for (int i = 0; i < errors.size(); i++) {
            FieldError e = errors.get(i);
            text.append(i == 0 ? "" : "; ").append(e.field()).append(": ").append(e.detail());
        }
        return text.toString();
    }
}
