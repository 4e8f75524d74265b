package org.cybersudoe.toolbox.internal.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeProblem;
import org.cybersudoe.toolbox.ThemeRegistry;
import org.cybersudoe.toolbox.internal.ToolboxSettings;
import org.cybersudoe.toolbox.internal.theme.ParsedTheme;
import org.cybersudoe.toolbox.internal.theme.ThemeParser;
import org.cybersudoe.toolbox.internal.theme.ThemeSource;

@Service
@Command(scope = "toolbox", name = "theme-validate",
        description = "Checks a theme bundle (.jar) before it is deployed: prints every problem with its file and field, or what the theme holds.")
public class ThemeValidateCommand extends ToolboxCommand {

    @Reference
    ThemeRegistry themes;

    @Reference
    ToolboxSettings settings;

    @Argument(index = 0, name = "file-or-url", required = true,
            description = "the theme jar: a file path, or a URL (file:, http:, mvn:)")
    @Completion(FileCompleter.class)
    String location;

    @Override
    protected void run(Caller caller, PrintStream out) {
        caller.requireNetworkRead();
        ThemeSource source;
        try (InputStream in = open(location)) {
            source = ThemeSource.ofJar(in, settings.values().maxThemeJarBytes());
        } catch (IOException | IllegalArgumentException e) {
            out.println("INVALID " + location + ": cannot be read as a jar: " + e.getMessage());
            return;
        }
        ThemeParser.Result result = new ThemeParser().parse(source);
        if (!result.valid()) {
            for (ThemeProblem p : result.problems()) {
                out.println("  " + p);
            }
            out.println("INVALID " + location + ": " + result.problems().size() + " problem(s); the toolbox would refuse it");
            return;
        }
        ParsedTheme t = result.theme();
        out.println("VALID " + location + ": theme '" + t.code() + "' (" + t.kind() + ") " + text(t.name()));
        out.println("  guide: " + t.guide().size() + " section(s); video: " + t.video().url() + ", subtitles "
                + t.video().subtitles().keySet().stream().sorted().map(l -> l.code()).toList() + "; questionnaire: "
                + t.questionnaire().size() + " question(s)");
        Optional<Theme> known = themes.find(caller, t.code());
        String bsn = source.header("Bundle-SymbolicName");
        String symbolicName = bsn == null ? null : bsn.split(";", 2)[0].strip();
        known.filter(k -> k.available() && !k.bundleSymbolicName().equals(symbolicName)).ifPresent(k -> out.println(
                "  note: theme '" + k.code() + "' is already deployed from bundle " + k.bundleSymbolicName()
                        + "; this one would be refused until that one is removed"));
        if (symbolicName == null) {
            out.println("  note: the jar has no Bundle-SymbolicName; Karaf will not install it as a bundle");
        } else if (!symbolicName.endsWith(".theme." + t.code())) {
            // the template names the bundle and its Karaf feature after <theme.code> of pom.xml
            out.println("  note: the bundle " + symbolicName + " is not named after the theme's code '" + t.code()
                    + "': make <theme.code> in pom.xml the same as \"code\" in theme.json, or feature:list will show another name");
        }
    }

    static InputStream open(String location) throws IOException {
        // "C:\..." is a path, "file:/..." or "mvn:..." a URL
        if (location.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            return new URL(location).openStream();
        }
        return Files.newInputStream(Path.of(location));
    }
}
