package org.cybersudoe.toolbox.internal.theme;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/** Lets tests outside this package edit theme files the way {@link ThemeParserTest} does. */
public final class ThemeParserAccess {

    private ThemeParserAccess() {
    }

    public static void edit(Path folder, String file, Consumer<JsonNode> change) {
        ThemeParserTest.edit(folder, file, change);
    }

    /** A theme jar of the theme folder under {@code root}, with this Bundle-SymbolicName. */
    public static byte[] jar(Path root, String symbolicName) throws IOException {
        return ThemeParserTest.jar(root, symbolicName);
    }
}
