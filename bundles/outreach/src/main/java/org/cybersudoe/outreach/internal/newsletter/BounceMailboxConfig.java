package org.cybersudoe.outreach.internal.newsletter;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The mailbox delivery reports arrive in, PID {@code org.cybersudoe.outreach.bounces}. */
@ObjectClassDefinition(id = BounceMailboxConfig.PID, name = "CyberSudoe outreach: bounce mailbox",
        description = "Where delivery status notifications of newsletters arrive (the envelope sender's mailbox), read by IMAP or POP3.")
public @interface BounceMailboxConfig {

    String PID = "org.cybersudoe.outreach.bounces";

    @AttributeDefinition(name = "Read the mailbox")
    boolean enabled() default false;

    @AttributeDefinition(name = "Protocol", description = "imaps, imap, pop3s or pop3")
    String protocol() default "imaps";

    @AttributeDefinition(name = "Host")
    String host() default "localhost";

    @AttributeDefinition(name = "Port", min = "1", max = "65535")
    int port() default 993;

    @AttributeDefinition(name = "User name")
    String username() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(name = "Folder")
    String folder() default "INBOX";

    @AttributeDefinition(name = "Every (seconds)", description = "How often the mailbox is read.", min = "5")
    int pollSeconds() default 300;
}
