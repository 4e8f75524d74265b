package org.cybersudoe.diagnostic.internal.questionnaires;

import java.io.InputStream;
import java.util.EnumMap;

import org.cybersudoe.core.data.DataFiles;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers the questionnaires of every active bundle whose manifest names a folder in the header
 * {@value #HEADER} (each {@code *.json} file in it is one questionnaire), and withdraws them when
 * the bundle stops. A refused file is kept with its reasons for {@code diagnostic:questionnaire-list};
 * the area's health waits for {@link #settled()}.
 */
@Component(service = QuestionnaireExtender.class)
public class QuestionnaireExtender {

    public static final String HEADER = "CyberSudoe-Diagnostic";
    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireExtender.class);
    private static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private final QuestionnaireRegistry registry;
    private final DataFiles files;

    @Activate
    public QuestionnaireExtender(BundleContext context, @Reference QuestionnaireRegistry registry) {
        this.registry = registry;
        this.files = new DataFiles(context, HEADER, "Questionnaire", this::load, this::withdraw).open();
    }

    /** True when every bundle seen so far has had its questionnaires read (or refused). */
    public boolean settled() {
        return files.settled();
    }

    @Deactivate
    void deactivate() {
        files.close();
    }

    private Object load(String source, InputStream in) throws java.io.IOException {
        try {
            var q = registry.deploy(source, in.readNBytes(MAX_FILE_BYTES + 1));
            return "'" + q.code() + "' version " + q.version() + " offered by " + source + " (" + q.questions().count() + " questions)";
        } catch (ProblemException e) {
            registry.refused(source, reason(e));
            throw e;
        } catch (RuntimeException e) {
            registry.refused(source, e.toString());
            throw e;
        }
    }

    private void withdraw(String bundleName) {
        registry.withdraw(bundleName + ":").forEach(code -> LOG.info("Questionnaire '{}' withdrawn: bundle {} stopped", code, bundleName));
    }

    /** Why a file was refused, in every language of the platform (the console shows it in the operator's). */
    static LocalizedText reason(ProblemException e) {
        EnumMap<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, reason(e, language));
        }
        return new LocalizedText(texts);
    }

    private static String reason(ProblemException e, Language language) {
        if (e.fieldErrors().isEmpty()) {
            return e.detail(language);
        }
        StringBuilder b = new StringBuilder();
        for (FieldError f : e.fieldErrors()) {
            String text = f.text() == null ? f.detail() : f.text().resolve(language).orElse(f.detail());
            b.append(b.length() == 0 ? "" : "; ").append(f.field()).append(": ").append(text);
        }
        return b.toString();
    }
}
