package org.cybersudoe.toolbox.internal.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The real theme folders, as the theme bundles and the example ship them (copied to
 * target/test-classes/themes by the pom), and broken copies of them for the tests.
 */
public final class Themes {

    public static final String FOLDER = "META-INF/cybersudoe/theme/";

    private Themes() {
    }

    /** The resources root of a theme module: bundles/themes/<code>/src/main/resources. */
    public static Path root(String code) {
        try {
            Path themes = Path.of(Themes.class.getResource("/themes").toURI());
            return themes.resolve(code).resolve("src/main/resources");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ThemeSource source(Path root) {
        return ThemeSource.ofFolder(root, Map.of(ThemeSource.HEADER, FOLDER));
    }

    public static ThemeSource source(String code) {
        return source(root(code));
    }

    /** A copy of a theme's folder in {@code target/}, changed by {@code edit}, as a source. */
    public static ThemeSource broken(String code, String name, Consumer<Path> edit) {
        Path copy = Path.of("target", "broken-themes", name);
        try {
            if (Files.exists(copy)) {
                try (Stream<Path> files = Files.walk(copy)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Path from = root(code);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path to = copy.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        edit.accept(copy.resolve(FOLDER));
        return source(copy);
    }

    /** Replaces text in a file of a theme folder. */
    public static void replace(Path folder, String file, String from, String to) {
        try {
            Path p = folder.resolve(file);
            String text = Files.readString(p);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " has no " + from);
            }
            Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A jar as a map of entry names to bytes, for tests of the jar reader. */
    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }
}
