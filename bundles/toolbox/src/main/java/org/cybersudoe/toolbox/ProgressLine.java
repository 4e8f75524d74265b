package org.cybersudoe.toolbox;

/**
 * Progress of one deliverable kind toward its target ("9 guides, each in 3 languages").
 *
 * @param kind guide, video or diagnostic
 * @param themesComplete themes with a resource of this kind usable in every target language
 * @param themesTarget how many are expected (9)
 * @param languageVersionsDone usable language versions counted for the target (at most one per theme and language)
 * @param languageVersionsTarget themesTarget times the number of target languages (27)
 */
public record ProgressLine(ResourceKind kind, int themesComplete, int themesTarget, int languageVersionsDone,
        int languageVersionsTarget) {
}
