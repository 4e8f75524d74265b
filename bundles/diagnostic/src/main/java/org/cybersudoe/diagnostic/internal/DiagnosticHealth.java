package org.cybersudoe.diagnostic.internal;

import org.cybersudoe.core.health.HealthContributor;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.diagnostic.internal.questionnaires.QuestionnaireExtender;
import org.cybersudoe.diagnostic.internal.questionnaires.QuestionnaireRegistry;
import org.cybersudoe.diagnostic.internal.rest.AssessmentResource;
import org.cybersudoe.diagnostic.internal.rest.CompanyDiagnosticResource;
import org.cybersudoe.diagnostic.internal.rest.QuestionnaireResource;
import org.cybersudoe.diagnostic.internal.soap.AssessmentsEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The area's health: exists once the database is migrated and every REST resource and SOAP
 * endpoint is registered; down until the questionnaires of the bundles seen so far are read.
 */
@Component(service = HealthContributor.class)
public class DiagnosticHealth implements HealthContributor {

    private final DiagnosticDatabase database;
    private final QuestionnaireExtender extender;
    private final QuestionnaireRegistry registry;

    @Activate
    public DiagnosticHealth(@Reference DiagnosticDatabase database, @Reference QuestionnaireExtender extender,
            @Reference QuestionnaireRegistry registry, @Reference QuestionnaireResource questionnaires,
            @Reference AssessmentResource assessments, @Reference CompanyDiagnosticResource companies,
            @Reference AssessmentsEndpoint soap) {
        this.database = database;
        this.extender = extender;
        this.registry = registry;
    }

    @Override
    public String area() {
        return DiagnosticDatabase.AREA;
    }

    @Override
    public HealthStatus check() {
        if (!extender.settled()) {
            return HealthStatus.down(DiagnosticTexts.MESSAGES.text("health.loading"));
        }
        HealthStatus db = database.check();
        return db.up() ? db.followedBy(DiagnosticTexts.MESSAGES.text("health.questionnaires", registry.deployed().size())) : db;
    }
}
