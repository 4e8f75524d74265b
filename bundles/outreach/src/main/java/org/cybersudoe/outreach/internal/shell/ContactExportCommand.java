package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.ContactExport;
import org.cybersudoe.outreach.DirectoryService;
import org.cybersudoe.outreach.internal.rest.Bodies;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

@Service
@Command(scope = "outreach", name = "contact-export", description = "Prints, as JSON, everything the directory holds about a "
        + "contact (for the person's access or portability request); the partner that holds the contact, or admins.")
public class ContactExportCommand extends OutreachCommand {

    @Reference
    DirectoryService directory;

    @Argument(index = 0, name = "id", description = "the contact's id", required = true)
    long id;

    @Override
    protected void run(Caller caller, PrintStream out) {
        ContactExport e = directory.export(caller, id);
        // the same JSON shape as GET /api/v1/outreach/contacts/{id}/export, its labels in the console's language
        Language language = language();
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("contact", Bodies.body(e.contact(), language));
        body.put("company", Bodies.body(e.company(), language));
        body.put("exportedAt", e.exportedAt());
        try {
            out.println(new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .writerWithDefaultPrettyPrinter().writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(say("console.contact-export.failed"), ex);
        }
    }
}
