package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.Meeting;
import org.cybersudoe.network.MeetingDraft;
import org.cybersudoe.network.MeetingKind;
import org.cybersudoe.network.MeetingService;
import org.cybersudoe.network.internal.NetworkTexts;

@Service
@Command(scope = "network", name = "meeting-schedule", description = "Schedules a committee meeting hosted by a partner (yours unless --host).")
public class MeetingScheduleCommand extends NetworkCommand {

    @Reference
    MeetingService meetings;

    @Argument(index = 0, name = "committee", required = true, description = "steering or technical")
    @Completion(CommitteeCodeCompleter.class)
    String committee;

    @Argument(index = 1, name = "start", required = true, description = "local start, such as 2010-06-17T09:30")
    String start;

    @Argument(index = 2, name = "title", required = true, description = "the title in English")
    String title;

    @Option(name = "--kind", description = "seminar (default) or web-conference")
    @Completion(value = StringsCompleter.class, values = {"seminar", "web-conference"})
    String kind = "seminar";

    @Option(name = "--zone", description = "IANA time zone of the start (default Europe/Paris)")
    String timeZone = "Europe/Paris";

    @Option(name = "--duration", description = "minutes")
    Integer durationMinutes;

    @Option(name = "--host", description = "the hosting partner's code")
    @Completion(StructureCodeCompleter.class)
    String host;

    @Option(name = "--city", description = "the city of a seminar (needed for one)")
    String city;

    @Option(name = "--country", description = "ISO country code of the city")
    String country;

    @Option(name = "--venue", description = "the place in the city, such as a chamber's address")
    String venue;

    @Option(name = "--link", description = "the web conference's URL")
    String link;

    @Option(name = "--agenda", multiValued = true, description = "an agenda item; repeat in order")
    List<String> agenda;

    @Override
    protected void run(Caller caller, PrintStream out) {
        MeetingKind k = MeetingKind.fromCode(kind).orElseThrow(
                () -> new ValidationException("--kind", "invalid-value",
                        NetworkTexts.MESSAGES.text("error.field.meeting-kind")));
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(start);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException("start", "invalid-value",
                    NetworkTexts.MESSAGES.text("error.field.local-date-time"));
        }
        Meeting m = meetings.schedule(caller, new MeetingDraft(committee, k, LocalizedText.of(Language.EN, title), at, timeZone,
                durationMinutes, host, city, venue, country == null ? null : country.toUpperCase(), link, agenda));
        out.println(say("console.meeting-schedule.done", String.valueOf(m.id()), m.committeeCode(), m.kind().code(),
                String.valueOf(m.start()), m.timeZone(), m.hostPartner()));
    }
}
