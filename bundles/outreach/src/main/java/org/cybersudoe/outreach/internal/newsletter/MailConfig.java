package org.cybersudoe.outreach.internal.newsletter;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How newsletters leave, PID {@code org.cybersudoe.outreach.mail}; changes apply to the next connection. */
@ObjectClassDefinition(id = MailConfig.PID, name = "CyberSudoe outreach: mail",
        description = "The SMTP server newsletters go through, the sender, the DKIM key and the public address of unsubscribe links.")
public @interface MailConfig {

    String PID = "org.cybersudoe.outreach.mail";

    @AttributeDefinition(name = "This node sends campaigns", description = "With several nodes on one database, exactly one "
            + "sends campaigns: set false on the others (they still write issues, schedule and show progress).")
    boolean dispatch() default true;

    @AttributeDefinition(name = "SMTP host")
    String host() default "localhost";

    @AttributeDefinition(name = "SMTP port", min = "1", max = "65535")
    int port() default 25;

    @AttributeDefinition(name = "STARTTLS", description = "Upgrade the connection with STARTTLS, and refuse to send without it.")
    boolean startTls() default false;

    @AttributeDefinition(name = "User name", description = "For SMTP AUTH; empty for none.")
    String username() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, description = "For SMTP AUTH.")
    String password() default "";

    @AttributeDefinition(name = "Connections", description = "SMTP connections a campaign sends over at once.", min = "1", max = "32")
    int connections() default 4;

    @AttributeDefinition(name = "Messages per second", description = "The most messages a node sends per second; 0 for no limit.",
            min = "0")
    int maxPerSecond() default 0;

    @AttributeDefinition(name = "Sender address")
    String fromAddress() default "newsletter@cybersudoe.example";

    @AttributeDefinition(name = "Sender name")
    String fromName() default "CyberSudoe";

    @AttributeDefinition(name = "DKIM selector", description = "The selector of the sending domain's DKIM key in DNS; empty to send unsigned.")
    String dkimSelector() default "";

    @AttributeDefinition(name = "DKIM key file", description = "The private RSA key (PEM, PKCS#8) matching the selector's public key.")
    String dkimKeyFile() default "";

    @AttributeDefinition(name = "Public address", description = "How recipients reach this server: unsubscribe links start with it.")
    String publicBaseUrl() default "http://localhost:8181";

    @AttributeDefinition(name = "Unsubscribe mailbox", description = "An address that unsubscribes its senders (offered in List-Unsubscribe); empty for none.")
    String unsubscribeMailto() default "";

    @AttributeDefinition(name = "Attempts", description = "How many times a message is tried on transient failures before it counts as failed.",
            min = "1", max = "20")
    int maxAttempts() default 5;

    @AttributeDefinition(name = "First retry after (seconds)", description = "Doubles at each attempt.", min = "1")
    int retryAfterSeconds() default 60;
}
