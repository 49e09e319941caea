package com.empathyevidence.view;

/** A dated note in the library: a link to an issue (the issue, relation, who and when, the note) or a re-confirmation. */
public final class LibraryNoteView {
    private final String title;
    private final String href;
    private final String byline;
    private final String note;

    LibraryNoteView(String title, String href, String byline, String note) {
        this.title = title;
        this.href = href;
        this.byline = byline;
        this.note = note == null ? "" : note;
    }

    public String getTitle() {
        return title;
    }

    /** Where the title links to (the issue), or null. */
    public String getHref() {
        return href;
    }

    public String getByline() {
        return byline;
    }

    public String getNote() {
        return note;
    }
}
