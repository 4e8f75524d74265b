package org.cybersudoe.diagnostic.internal.questionnaires;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.diagnostic.Questionnaire;
import org.cybersudoe.diagnostic.QuestionnaireService;
import org.cybersudoe.diagnostic.internal.DiagnosticDatabase;
import org.cybersudoe.diagnostic.internal.DiagnosticTexts;
import org.cybersudoe.diagnostic.internal.model.QuestionnaireParser;
import org.cybersudoe.diagnostic.internal.model.QuestionnaireParser.Parsed;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The questionnaires on offer: those of the bundles deployed right now (fed by
 * {@link QuestionnaireExtender}), and every version ever seen, kept in dia_questionnaire so that
 * an old assessment is read with the version it answered.
 */
@Component(service = {QuestionnaireService.class, QuestionnaireRegistry.class})
public class QuestionnaireRegistry implements QuestionnaireService {

    /** The general questionnaire is listed first. */
    public static final String GENERAL = "general";

    /** A questionnaire offered by a deployed bundle. */
    public record Deployed(Questionnaire questionnaire, String source) {
    }

    /**
     * A file refused, and why.
     *
     * @param reason why, in English
     * @param text why, in the platform's languages when the problem was worded so; may be null
     */
    public record Refusal(String source, String reason, LocalizedText text) {

        /** A file refused for a reason said in English only. */
        public Refusal(String source, String reason) {
            this(source, reason, null);
        }
    }

    private final DiagnosticDatabase db;
    private final QuestionnaireParser parser = new QuestionnaireParser();
    private final Map<String, Deployed> deployed = new ConcurrentHashMap<>();
    private final Map<String, Questionnaire> versions = new ConcurrentHashMap<>();
    private final List<Refusal> refusals = new CopyOnWriteArrayList<>();

    @Activate
    public QuestionnaireRegistry(@Reference DiagnosticDatabase db) {
        this.db = db;
    }

    /**
     * Offers the questionnaire of a file; throws when the file is invalid, when another source
     * already offers the code, or when its version was seen before with other content.
     */
    public synchronized Questionnaire deploy(String source, byte[] file) {
        Parsed parsed = parser.parse(file);
        Questionnaire q = parsed.questionnaire();
        Deployed other = deployed.get(q.code());
        if (other != null && !other.source().equals(source)) {
            throw new ConflictException("code",
                    DiagnosticTexts.MESSAGES.text("error.conflict.questionnaire-code", q.code(), other.source()));
        }
        db.tx(em -> {
            @SuppressWarnings("unchecked")
            List<Object> digests = em.createNativeQuery("SELECT digest FROM dia_questionnaire WHERE code = ?1 AND version = ?2")
                    .setParameter(1, q.code()).setParameter(2, q.version()).getResultList();
            if (digests.isEmpty()) {
                em.createNativeQuery("INSERT INTO dia_questionnaire (code, version, theme_code, definition, digest, source, "
                        + "first_seen_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, q.code()).setParameter(2, q.version())
                        .setParameter(3, q.theme() == null ? "" : q.theme()).setParameter(4, parsed.canonicalJson()).setParameter(5, parsed.digest())
                        .setParameter(6, source).setParameter(7, LocalDateTime.now(ZoneOffset.UTC)).executeUpdate();
            } else if (!parsed.digest().equals(String.valueOf(digests.get(0)).strip())) {
                throw new ConflictException("version",
                        DiagnosticTexts.MESSAGES.text("error.conflict.questionnaire-version", q.version(), q.code()));
            }
            return null;
        });
        versions.put(key(q.code(), q.version()), q);
        deployed.put(q.code(), new Deployed(q, source));
        refusals.removeIf(r -> r.source().equals(source));
        return q;
    }

    /**
     * Withdraws what the sources starting with {@code sourcePrefix} offered (their bundle went
     * away); their versions stay readable. Returns the codes withdrawn.
     */
    public synchronized List<String> withdraw(String sourcePrefix) {
        List<String> codes = deployed.values().stream().filter(d -> d.source().startsWith(sourcePrefix))
                .map(d -> d.questionnaire().code()).toList();
        codes.forEach(deployed::remove);
        refusals.removeIf(r -> r.source().startsWith(sourcePrefix));
        return codes;
    }

    public void refused(String source, String reason) {
        refusals.add(new Refusal(source, reason));
    }

    /** A file refused for a reason said in the platform's languages; its English is the reason. */
    public void refused(String source, LocalizedText reason) {
        refusals.add(new Refusal(source, reason.resolve(Language.EN).orElse(""), reason));
    }

    public List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    public List<Deployed> deployed() {
        List<Deployed> list = new ArrayList<>(deployed.values());
        list.sort(Comparator.comparing((Deployed d) -> !GENERAL.equals(d.questionnaire().code()))
                .thenComparing(d -> d.questionnaire().code()));
        return list;
    }

    @Override
    public List<Questionnaire> available() {
        return deployed().stream().map(Deployed::questionnaire).toList();
    }

    @Override
    public Optional<Questionnaire> current(String code) {
        return Optional.ofNullable(code).map(deployed::get).map(Deployed::questionnaire);
    }

    @Override
    public Optional<Questionnaire> version(String code, int version) {
        Questionnaire cached = versions.get(key(code, version));
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Questionnaire> stored = db.tx(em -> {
            @SuppressWarnings("unchecked")
            List<Object> rows = em.createNativeQuery("SELECT definition FROM dia_questionnaire WHERE code = ?1 AND version = ?2")
                    .setParameter(1, code).setParameter(2, version).getResultList();
            return rows.stream().findFirst().map(definition -> parser.stored(text(definition)));
        });
        stored.ifPresent(q -> versions.put(key(code, version), q));
        return stored;
    }

    /**
     * A questionnaire the server offers or has offered, whose assessments may be asked for; a 400 naming
     * {@code questionnaire} otherwise, rather than an empty answer that reads as "no assessments".
     */
    public void requireKnown(String code) {
        if (current(code).isPresent()) {
            return;
        }
        long versions = db.tx(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM dia_questionnaire WHERE code = ?1")
                .setParameter(1, code).getSingleResult()).longValue());
        if (versions == 0) {
            throw new ValidationException("questionnaire", "unknown",
                    DiagnosticTexts.MESSAGES.text("error.field.questionnaire-unknown", code));
        }
    }

    private static String text(Object clob) {
        try {
            return clob instanceof java.sql.Clob c ? c.getSubString(1, (int) c.length()) : String.valueOf(clob);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("reading a stored questionnaire", e);
        }
    }

    private static String key(String code, int version) {
        return code + "@" + version;
    }
}
