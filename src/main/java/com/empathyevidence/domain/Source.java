package com.empathyevidence.domain;

/**
 * Where a piece of evidence came from.
 *
 * @param kind          the source kind (drives the shelf life)
 * @param title         e.g. "Onboarding interviews, March"; may be empty
 * @param link          http or https address of the recording, ticket or document; null when none
 * @param momentSeconds for recordings, the offset in seconds where the evidence is heard; null when none
 */
public record Source(SourceKind kind, String title, String link, Integer momentSeconds) {
    public Source {
        if (kind == null) {
            throw new IllegalArgumentException("source kind is required");
        }
        title = title == null ? "" : title;
        link = link == null || link.isBlank() ? link : WebLinks.encode(link);
    }
}
