package org.cybersudoe.toolbox;

/**
 * One thing wrong in a theme bundle.
 *
 * @param file the file inside the theme folder, or {@code MANIFEST.MF}; never null
 * @param field the field's path in that file ({@code questions[1].options[0].score}), or "" for the whole file
 * @param message what is wrong, in English (the working language of the people who write bundles)
 */
public record ThemeProblem(String file, String field, String message) {

    @Override
    public String toString() {
        return file + (field == null || field.isEmpty() ? "" : ": " + field) + ": " + message;
    }
}
