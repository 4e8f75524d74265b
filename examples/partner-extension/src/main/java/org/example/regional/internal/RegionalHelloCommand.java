package org.example.regional.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.JaasCallers;

/** A shell command in the extension's own scope, guarded by the ACL its feature ships. */
@Service
@Command(scope = "regional", name = "hello", description = "Greets the logged-in user in a language of the network.")
public class RegionalHelloCommand implements Action {

    @Reference
    RegionalGreetings greetings;

    @Option(name = "--language", aliases = "-l", description = "fr, es, pt or en")
    String language = "en";

    @Override
    public Object execute() {
        String login = JaasCallers.current().map(Caller::login).orElse("anonymous");
        System.out.println(greetings.greet(login, Language.fromCode(language).orElse(Language.EN)));
        return null;
    }
}
