package org.cybersudoe.diagnostic;

import java.util.Map;

import org.cybersudoe.core.security.Caller;

/**
 * Taking an assessment. A respondent holds the secret token of the resume link and needs no
 * account; the staff of a company's partner reach its assessments by id.
 */
public interface AssessmentService {

    /** Starts an assessment on the newest version of the questionnaire. */
    StartedAssessment start(Caller caller, AssessmentRequest request);

    Assessment byToken(String token);

    /**
     * Saves some answers of a draft (merging them with those saved before; {@code null} erases one).
     * Values: an option code; a list of option codes; a number; {@code yes}/{@code no};
     * {@value Question#NOT_RELEVANT}. Nothing is saved when any answer is refused; the refusal names
     * each bad question.
     */
    Assessment saveAnswers(String token, Map<String, Object> answers);

    /** Scores and freezes a draft; refused, naming them, when required questions are unanswered. */
    AssessmentResult submit(String token);

    /**
     * Starts, answers and submits in one step (regional systems); the milestone may be null. Partner accounts
     * only. Answers as {@link #saveAnswers}, except that a multiple choice may also be its option codes separated
     * by commas, as SOAP sends it.
     */
    AssessmentResult submitComplete(Caller caller, AssessmentRequest request, Map<String, Object> answers, Milestone milestone);

    AssessmentResult result(String token);

    /** A company-linked assessment, for those who may read the network's data. */
    AssessmentResult result(Caller caller, long assessmentId);

    /** The result as a printable PDF in the assessment's language. */
    byte[] pdf(AssessmentResult result);

    /** The result's radar chart as SVG. */
    String radarSvg(AssessmentResult result);

    /**
     * Marks a submitted, company-linked assessment as the before or after of a mission or event of that company:
     * T0 submitted no later than the day the subject begins, T1 no earlier than the day it ends. A mark is not
     * replaced by another (a conflict); sending the same one again changes nothing.
     */
    Assessment markMilestone(Caller caller, long assessmentId, Milestone milestone);
}
