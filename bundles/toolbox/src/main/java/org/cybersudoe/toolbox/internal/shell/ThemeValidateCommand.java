package org.cybersudoe.toolbox.internal.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Files;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
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
            description = "the theme jar: a file of the exchange folder, or a mvn: URL")
    @Completion(ExchangeFiles.class)
    String location;

    @Override
    protected void run(Caller caller, PrintStream out) {
        caller.requireNetworkRead();
        ThemeSource source;
        try (InputStream in = open(location)) {
            source = ThemeSource.ofJar(in, settings.values().maxThemeJarBytes());
        } catch (IOException | IllegalArgumentException e) {
            throw failed(message("console.theme-validate.unreadable", location, String.valueOf(e.getMessage())));
        }
        ThemeParser.Result result = new ThemeParser().parse(source);
        if (!result.valid()) {
            for (ThemeProblem p : result.problems()) {
                out.println("  " + p.in(language()));
            }
            throw failed(message("console.theme-validate.invalid", location, result.problems().size()));
        }
        ParsedTheme t = result.theme();
        out.println(message("console.theme-validate.valid", location, t.code(), t.kind(), data(t.name())));
        out.println("  " + message("console.theme-validate.contents", t.guide().size(), t.video().url(),
                String.valueOf(t.video().subtitles().keySet().stream().sorted().map(l -> l.code()).toList()),
                t.questionnaire().size()));
        Optional<Theme> known = themes.find(caller, t.code());
        String bsn = source.header("Bundle-SymbolicName");
        String symbolicName = bsn == null ? null : bsn.split(";", 2)[0].strip();
        known.filter(k -> k.available() && !k.bundleSymbolicName().equals(symbolicName)).ifPresent(k -> out.println(
                "  " + message("console.theme-validate.note-deployed", k.code(), k.bundleSymbolicName())));
        if (symbolicName == null) {
            out.println("  " + message("console.theme-validate.note-no-symbolic-name"));
        } else if (!symbolicName.endsWith(".theme." + t.code())) {
            // the template names the bundle and its Karaf feature after <theme.code> of pom.xml
            out.println("  " + message("console.theme-validate.note-name", symbolicName, t.code()));
        }
    }

    private InputStream open(String location) throws IOException {
        // an artifact of the configured Maven repositories; anything else is a file of the exchange
        // folder, so that the command reads no other file of the server and fetches no other URL
        if (location.startsWith("mvn:")) {
            return new URL(location).openStream();
        }
        return Files.newInputStream(fileToRead("file-or-url", location));
    }
}
