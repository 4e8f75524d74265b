package org.cybersudoe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.security.PrivilegedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.security.auth.Subject;

import org.apache.karaf.shell.api.console.Command;
import org.cybersudoe.core.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The {@code network:} shell commands as a partner's staff uses them over SSH: listings, help,
 * and the partner scope answered with a message; and the help of every area's commands.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ShellIT extends CyberSudoeTestSupport {

    static final List<String> DEMO_PARTNERS = List.of("cybermassif", "transferts-lr", "cci-bordeaux", "fib", "ceei-burgos",
            "leitat", "cci-gijon", "cederna-garalur", "ciebi");

    /** The scopes the platform's areas add to the console. */
    private static final Set<String> PLATFORM_SCOPES = Set.of("network", "security", "benchmark", "diagnostic", "toolbox",
            "outreach", "engagement");
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final Pattern SECTION = Pattern.compile("[A-Z]+");

    private static final Pattern MEETING_COUNT = Pattern.compile("(\\d+) of (\\d+) meeting\\(s\\)");

    @Before
    public void commandsAreThere() {
        awaitCommand("network", "partner-list");
        awaitCommand("network", "meeting-schedule");
        awaitCommand("network", "meeting-list");
    }

    @Test
    public void partnerListShowsTheNineDemoPartners() {
        TestUser staff = user("shell-staff-a", Role.PARTNER_STAFF, "cybermassif");
        ShellResult result = shell(staff, "network:partner-list");
        assertFalse(result.text(), result.failed());
        String out = result.output();
        for (String code : DEMO_PARTNERS) {
            assertTrue("network:partner-list shows " + code + ":\n" + out, out.contains(code));
        }
        assertTrue(out, out.contains("Cybermassif"));
        assertTrue(out, out.contains("CIEBI"));
        assertTrue("the listing says how many: \n" + out, out.contains("9 of 9"));
    }

    @Test
    public void partnerListHasHelp() {
        TestUser staff = user("shell-staff-a", Role.PARTNER_STAFF, "cybermassif");
        ShellResult help = shell(staff, "network:partner-list --help");
        assertFalse(help.text(), help.failed());
        String text = help.output();
        assertTrue("help names the command: " + text, text.contains("network:partner-list"));
        assertTrue("help describes it: " + text, text.contains("Lists the programme's partners"));
        assertFalse("--help prints help, not the listing: " + text, text.contains("of 9 structure"));

        ShellResult scheduleHelp = shell(staff, "network:meeting-schedule --help");
        assertTrue("options are documented: " + scheduleHelp, scheduleHelp.output().contains("--host"));
    }

    @Test
    public void staffOfOnePartnerCannotScheduleAnotherPartnersMeeting() {
        TestUser staffA = user("shell-staff-a", Role.PARTNER_STAFF, "cybermassif");
        long before = meetingsIn2031(staffA);

        ShellResult refused = shell(staffA, "network:meeting-schedule --host ciebi --city Covilha --country PT"
                + " steering 2031-03-11T09:30 \"Not ours to schedule\"");
        String text = refused.text();
        assertFalse("no meeting is scheduled: " + text, text.contains("Scheduled meeting"));
        assertTrue("the command fails, saying why: " + text, refused.failed() && text.contains("Error (403 partner.scope)"));
        assertTrue("the refusal names the rule: " + text, text.toLowerCase(Locale.ROOT).contains("partner"));
        assertEquals("the refused command wrote nothing", before, meetingsIn2031(staffA));

        ShellResult own = shell(staffA, "network:meeting-schedule --city Clermont-Ferrand --country FR"
                + " steering 2031-03-12T09:30 \"Our own seminar\"");
        assertTrue("staff schedule their own partner's meeting: " + own.text(), own.output().contains("Scheduled meeting"));
        assertTrue("hosted by their partner: " + own.text(), own.output().contains("cybermassif"));
        assertEquals(before + 1, meetingsIn2031(staffA));
    }

    @Test
    public void theConsoleSpeaksTheOperatorsLanguage() {
        TestUser staff = user("shell-staff-a", Role.PARTNER_STAFF, "cybermassif");
        ShellResult spanish = shellIn("es_ES.UTF-8", staff, "network:partner-list");
        assertFalse(spanish.text(), spanish.failed());
        assertTrue("the footer in Spanish: " + spanish, spanish.output().contains("9 de 9"));
        assertFalse("nothing left in English: " + spanish, spanish.output().contains("9 of 9"));
        assertTrue("the data as it is: " + spanish, spanish.output().contains("cybermassif"));

        ShellResult french = shellIn("fr_FR.UTF-8", staff, "network:meeting-schedule --host ciebi --city Covilha --country PT"
                + " steering 2031-03-13T09:30 \"Pas le nôtre\"");
        assertTrue("the refusal in French: " + french, french.text().contains("Erreur (403 partner.scope) : "));
        assertTrue("its reason in French: " + french, french.text().contains("« ciebi »"));

        ShellResult portuguese = shellIn("pt_PT.UTF-8", staff, "network:meeting-list --kind party");
        assertTrue("a bad option in Portuguese: " + portuguese, portuguese.text().contains("Erro (400 validation): "));
        assertTrue("the option named: " + portuguese, portuguese.text().contains("--kind: "));
    }

    @Test
    public void anEvaluatorReadsButCannotWrite() {
        TestUser evaluator = user("shell-eval", Role.EVALUATOR, null);
        ShellResult list = shell(evaluator, "network:partner-list");
        assertTrue(list.text(), list.output().contains("cybermassif"));
        ShellResult write = shell(evaluator, "network:meeting-schedule --host cybermassif --city Lyon --country FR"
                + " steering 2031-04-01T09:30 \"Evaluator meeting\"");
        assertFalse("no meeting is scheduled: " + write, write.text().contains("Scheduled meeting"));
        assertTrue("refused with a message: " + write, write.text().contains("Error") || write.failed());
    }

    private long meetingsIn2031(TestUser user) {
        ShellResult list = shell(user, "network:meeting-list --from 2031-01-01 --to 2031-12-31");
        Matcher m = MEETING_COUNT.matcher(list.output());
        assertTrue("meeting-list ends with a count: " + list.text(), m.find());
        return Long.parseLong(m.group(2));
    }

    @Test
    public void everyPlatformCommandDescribesItselfAndEachArgumentAndOption() {
        awaitCommand("engagement", "event-list");
        awaitCommand("outreach", "company-list");
        TestUser admin = admin();
        // the registry lists the commands that the calling subject's roles may run
        List<Command> visibleToAdmin = Subject.doAs(login(admin),
                (PrivilegedAction<List<Command>>) () -> sessionFactory.getRegistry().getCommands());
        List<String> undocumented = new ArrayList<>();
        int commands = 0;
        for (Command command : visibleToAdmin) {
            if (!PLATFORM_SCOPES.contains(command.getScope())) {
                continue;
            }
            commands++;
            String name = command.getScope() + ":" + command.getName();
            if (command.getDescription() == null || command.getDescription().isBlank()) {
                undocumented.add(name);
            }
            ShellResult help = shell(admin, name + " --help");
            assertFalse(help.text(), help.failed());
            entriesWithoutDescription(help.output()).forEach(entry -> undocumented.add(name + " " + entry));
        }
        assertTrue("the areas' commands are all there: " + commands, commands >= 50);
        assertEquals("commands, arguments and options whose --help says nothing of them", List.of(), undocumented);
    }

    /**
     * The names under ARGUMENTS and OPTIONS in a command's help that no description follows. The
     * help puts a name 8 columns in and its description 16 columns in; "(required)" and the like are
     * Karaf's, not a description.
     */
    private static List<String> entriesWithoutDescription(String help) {
        List<String> missing = new ArrayList<>();
        boolean listing = false;
        String pending = null;
        for (String raw : ANSI.matcher(help).replaceAll("").split("\\R")) {
            String line = raw.replace("\t", "        ");
            String text = line.strip();
            int indent = line.length() - line.stripLeading().length();
            if (text.isEmpty()) {
                continue;
            }
            if (indent == 0 && SECTION.matcher(text).matches()) {
                if (pending != null) {
                    missing.add(pending);
                }
                pending = null;
                listing = text.equals("ARGUMENTS") || text.equals("OPTIONS");
            } else if (listing && indent <= 8) {
                if (pending != null) {
                    missing.add(pending);
                }
                pending = text;
            } else if (listing && !text.startsWith("(")) {
                pending = null;
            }
        }
        if (pending != null) {
            missing.add(pending);
        }
        return missing;
    }
}
