package org.cybersudoe.diagnostic;

import java.util.List;
import java.util.Optional;

/** The questionnaires of the deployed bundles, and every version the server has seen. */
public interface QuestionnaireService {

    /** The newest version of each questionnaire whose bundle is deployed, general first, then by code. */
    List<Questionnaire> available();

    /** The newest deployed version of a questionnaire. */
    Optional<Questionnaire> current(String code);

    /** A given version, deployed or not, as long as the server has seen it. */
    Optional<Questionnaire> version(String code, int version);
}
