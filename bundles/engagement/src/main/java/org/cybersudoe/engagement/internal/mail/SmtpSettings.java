package org.cybersudoe.engagement.internal.mail;

/**
 * The part of GT4's mail settings (PID {@code org.cybersudoe.outreach.mail}, described by the
 * outreach bundle) that event mail uses: one SMTP server and one sender for all of GT4.
 */
public @interface SmtpSettings {

    String PID = "org.cybersudoe.outreach.mail";

    boolean dispatch() default true;

    String host() default "localhost";

    int port() default 25;

    boolean startTls() default false;

    String username() default "";

    String password() default "";

    String fromAddress() default "newsletter@cybersudoe.example";

    String fromName() default "CyberSudoe";

    String publicBaseUrl() default "http://localhost:8181";
}
