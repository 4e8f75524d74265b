package org.cybersudoe.toolbox.internal;

import java.util.ArrayList;
import java.util.List;

import org.cybersudoe.core.i18n.Language;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The toolbox's settings as the services read them: one component holds them so that a change
 * of {@code etc/org.cybersudoe.toolbox.cfg} reaches every service at once, without a restart.
 */
@Component(service = ToolboxSettings.class, configurationPid = ToolboxConfig.PID)
@Designate(ocd = ToolboxConfig.class)
public class ToolboxSettings {

    /** One consistent set of values; replaced whole on a change, so a reader never sees half of one. */
    public record Values(int targetThemes, List<Language> targetLanguages, int partners, int leadsPerPartner,
            long maxThemeJarBytes) {
    }

    private volatile Values values;

    @Activate
    public ToolboxSettings(ToolboxConfig config) {
        modified(config);
    }

    @Modified
    void modified(ToolboxConfig config) {
        List<Language> languages = new ArrayList<>();
        for (String value : config.targetLanguages()) {
            // a .cfg file gives "fr, es, pt" as one value; an unknown code is ignored rather than stopping the toolbox
            for (String code : value.split("[,\\s]+")) {
                Language.fromCode(code).filter(l -> !languages.contains(l)).ifPresent(languages::add);
            }
        }
        if (languages.isEmpty()) {
            languages.addAll(List.of(Language.FR, Language.ES, Language.PT));
        }
        languages.sort(null);
        values = new Values(config.targetThemes(), List.copyOf(languages), config.partners(), config.leadsPerPartner(),
                config.maxThemeJarBytes());
    }

    public Values values() {
        return values;
    }
}
