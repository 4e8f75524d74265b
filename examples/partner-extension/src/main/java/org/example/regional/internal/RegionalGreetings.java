package org.example.regional.internal;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.osgi.service.component.annotations.Component;

/** The extension's own logic, shared by its REST resource, SOAP endpoint and shell command. */
@Component(service = RegionalGreetings.class)
public class RegionalGreetings {

    private final Messages messages = Messages.of(RegionalGreetings.class, "OSGI-INF/l10n/regional");

    /** A greeting for a user in a language. */
    public String greet(String login, Language language) {
        return messages.get(language, "greeting", login);
    }
}
