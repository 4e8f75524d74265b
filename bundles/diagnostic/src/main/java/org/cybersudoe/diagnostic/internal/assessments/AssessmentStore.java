package org.cybersudoe.diagnostic.internal.assessments;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.diagnostic.Assessment;
import org.cybersudoe.diagnostic.AssessmentStatus;
import org.cybersudoe.diagnostic.DimensionScore;
import org.cybersudoe.diagnostic.Milestone;
import org.cybersudoe.diagnostic.Profile;
import org.cybersudoe.diagnostic.internal.Columns;
import org.cybersudoe.diagnostic.internal.DiagnosticTexts;
import org.cybersudoe.diagnostic.internal.jpa.AssessmentEntity;

/** Reads and writes assessments with their answers and scores, inside the caller's transaction. */
public final class AssessmentStore {

    /** An assessment as stored, with its scores (empty for a draft). */
    public record Stored(Assessment assessment, BigDecimal overall, String level, List<DimensionScore> scores) {
    }

    private AssessmentStore() {
    }

    static Optional<Long> idByTokenHash(EntityManager em, String tokenHash) {
        return em.createQuery("SELECT a.id FROM AssessmentEntity a WHERE a.tokenHash = :h", Long.class).setParameter("h", tokenHash)
                .getResultList().stream().findFirst();
    }

    static Optional<Stored> load(EntityManager em, long id) {
        AssessmentEntity e = em.find(AssessmentEntity.class, id);
        if (e == null) {
            return Optional.empty();
        }
        Map<String, String> answers = answers(em, id);
        List<DimensionScore> scores = new ArrayList<>();
        if (AssessmentStatus.SUBMITTED.code().equals(e.status)) {
            @SuppressWarnings("unchecked")
            List<Object[]> s = em.createNativeQuery("SELECT dimension_code, score FROM dia_score WHERE assessment_id = ?1")
                    .setParameter(1, id).getResultList();
            s.forEach(r -> scores.add(new DimensionScore(Columns.text(r[0]), Columns.score(r[1]))));
        }
        return Optional.of(new Stored(assessment(e, answers), e.overall, e.level, scores));
    }

    static Assessment assessment(AssessmentEntity e, Map<String, String> answers) {
        Milestone milestone = e.milestone == null ? null
                : new Milestone(Milestone.Moment.fromCode(e.milestone).orElseThrow(),
                        Milestone.Subject.fromCode(e.subjectKind).orElseThrow(), e.subjectId);
        return new Assessment(e.id, e.questionnaire, e.questionnaireVersion, Language.fromCode(e.language).orElse(Language.EN),
                e.companyId, e.partner, new Profile(e.country, e.region, e.nace, e.size),
                AssessmentStatus.valueOf(e.status.toUpperCase(java.util.Locale.ROOT)), answers, milestone, utc(e.createdAt),
                utc(e.updatedAt), e.submittedAt == null ? null : utc(e.submittedAt), e.version);
    }

    /** Takes the row's lock and checks it is still a draft: two saves of one assessment run one after the other. */
    static AssessmentEntity lockDraft(EntityManager em, long id) {
        int changed = em.createNativeQuery("UPDATE dia_assessment SET version = version + 1 WHERE id = ?1 AND status = 'draft'")
                .setParameter(1, id).executeUpdate();
        if (changed == 0) {
            throw new ConflictException("status", DiagnosticTexts.MESSAGES.text("error.conflict.submitted"));
        }
        AssessmentEntity e = em.find(AssessmentEntity.class, id);
        em.refresh(e);
        return e;
    }

    /** Replaces the given answers of a draft; a null value clears one. */
    static void writeAnswers(EntityManager em, long id, Map<String, String> answers) {
        for (Map.Entry<String, String> a : answers.entrySet()) {
            em.createNativeQuery("DELETE FROM dia_answer WHERE assessment_id = ?1 AND question_code = ?2").setParameter(1, id)
                    .setParameter(2, a.getKey()).executeUpdate();
        }
        insertAnswers(em, id, answers);
    }

    /** The answers of an assessment that has none yet (a completed one, submitted at once). */
    static void insertAnswers(EntityManager em, long id, Map<String, String> answers) {
        for (Map.Entry<String, String> a : answers.entrySet()) {
            if (a.getValue() != null) {
                em.createNativeQuery("INSERT INTO dia_answer (assessment_id, question_code, answer) VALUES (?1, ?2, ?3)")
                        .setParameter(1, id).setParameter(2, a.getKey()).setParameter(3, a.getValue()).executeUpdate();
            }
        }
    }

    static Map<String, String> answers(EntityManager em, long id) {
        Map<String, String> answers = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT question_code, answer FROM dia_answer WHERE assessment_id = ?1")
                .setParameter(1, id).getResultList();
        rows.forEach(r -> answers.put(Columns.text(r[0]), (String) r[1]));
        return answers;
    }

    static void writeScores(EntityManager em, long id, List<DimensionScore> scores) {
        for (DimensionScore s : scores) {
            // a NULL parameter of no known type is refused by some drivers: the literal says it
            var insert = em.createNativeQuery("INSERT INTO dia_score (assessment_id, dimension_code, score) VALUES (?1, ?2, "
                    + (s.score() == null ? "NULL" : "?3") + ")").setParameter(1, id).setParameter(2, s.dimension());
            if (s.score() != null) {
                insert.setParameter(3, s.score());
            }
            insert.executeUpdate();
        }
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    static java.time.Instant utc(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC);
    }
}
