package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureDraft;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.network.internal.NetworkTexts;

@Service
@Command(scope = "network", name = "structure-add", description = "Adds a support structure (admins only).")
public class StructureAddCommand extends NetworkCommand {

    @Reference
    StructureService structures;

    @Argument(index = 0, name = "code", required = true, description = "short code, such as ceei-burgos")
    String code;

    @Argument(index = 1, name = "country", required = true, description = "ISO country code, such as ES")
    String country;

    @Argument(index = 2, name = "name", required = true, description = "the name in English")
    String name;

    @Option(name = "--status", description = "partner, associated or informed (default informed)")
    String status = "informed";

    @Option(name = "--since", description = "the date the status took effect, YYYY-MM-DD (default today)")
    String since;

    @Option(name = "--region", multiValued = true, description = "a NUTS II code, such as ES41; repeat for several")
    List<String> regions;

    @Option(name = "--language", multiValued = true, description = "fr, es, pt or en; repeat for several")
    List<String> languages;

    @Option(name = "--work-package", multiValued = true, description = "a co-piloted work package, such as GT3")
    List<String> workPackages;

    @Option(name = "--name-fr", description = "the name in French")
    String nameFr;

    @Option(name = "--name-es", description = "the name in Spanish")
    String nameEs;

    @Option(name = "--name-pt", description = "the name in Portuguese")
    String namePt;

    @Option(name = "--website", description = "the structure's website, an http or https URL")
    String website;

    @Option(name = "--lead-partner", description = "marks the programme's lead partner")
    boolean leadPartner;

    @Override
    protected void run(Caller caller, PrintStream out) {
        MembershipStatus s = MembershipStatus.fromCode(status).orElseThrow(
                () -> new ValidationException("--status", "invalid-value",
                        NetworkTexts.MESSAGES.text("error.field.membership-status")));
        Map<Language, String> names = new EnumMap<>(Language.class);
        names.put(Language.EN, name);
        if (nameFr != null) {
            names.put(Language.FR, nameFr);
        }
        if (nameEs != null) {
            names.put(Language.ES, nameEs);
        }
        if (namePt != null) {
            names.put(Language.PT, namePt);
        }
        Set<Language> langs = new LinkedHashSet<>();
        if (languages != null) {
            for (String l : languages) {
                langs.add(Language.fromCode(l).orElseThrow(
                        () -> new ValidationException("--language", "invalid-value",
                                NetworkTexts.MESSAGES.text("error.field.language"))));
            }
        }
        LocalDate date;
        try {
            date = since == null ? null : LocalDate.parse(since);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException("--since", "invalid-value",
                    NetworkTexts.MESSAGES.text("error.field.date", "2010-03-01"));
        }
        Structure created = structures.create(caller, new StructureDraft(code, new LocalizedText(names), s, date,
                country == null ? null : country.toUpperCase(), regions, null, langs,
                workPackages == null ? Set.of() : new HashSet<>(workPackages), leadPartner, website));
        out.println(say("console.structure-add.done", created.code(), created.status().code(),
                String.valueOf(created.statusSince())));
    }
}
