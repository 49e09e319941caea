package com.empathyevidence.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an archive import brought in: the rows of each table (docs/archive.md), and one sentence saying so. */
public class ArchiveJson {
    /** Rows imported per table, in archive order: personas, participants, evidence, edits, ... audit. */
    public Map<String, Integer> imported = new LinkedHashMap<>();
    /** The result in words, for the page. */
    public String message;
}
