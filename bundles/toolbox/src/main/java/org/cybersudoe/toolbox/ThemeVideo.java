package org.cybersudoe.toolbox;

import java.util.Map;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A theme's awareness video: where it is hosted, and per language its subtitles (WebVTT, as
 * shipped in the theme bundle) and its transcript.
 *
 * @param url where the video is played (http or https)
 * @param durationSeconds its length
 * @param title the video's title
 * @param subtitles the WebVTT text per language; never null
 * @param transcript the transcript per language
 */
public record ThemeVideo(String url, int durationSeconds, LocalizedText title, Map<Language, String> subtitles,
        LocalizedText transcript) {

    public ThemeVideo {
        subtitles = Map.copyOf(subtitles);
    }
}
