package com.empathyevidence.app;

import java.util.List;
import java.util.Map;

/**
 * The port for the full archive: every row the app keeps, written table by table while the store is read in pages,
 * and read back into an empty store. Rows are plain maps of JSON values (string, number, boolean, list of strings,
 * null) whose keys are the archive's field names (docs/archive.md); ids in them are archive ids, 1..n in the order the
 * rows were written, so that export, import and export again give the same archive whatever ids the database hands out.
 */
public interface ArchiveStore {

    /** The archive's tables, in the order they are written and must be read (each refers only to tables before it). */
    List<String> TABLES = List.of("personas", "participants", "evidence", "edits", "reconfirmations", "map-items",
            "backings", "links", "shelf-lives", "audit",
            // phasein (issue 16): last, and optional on import (archives made before it have none)
            "panel-settings",
            // workspace (issue 13), owners and requests (issue 16), validation (issue 17): last, and optional on import
            // (archives made before them have none)
            "aging-thresholds", "requests", "validation-tasks");

    /** The tables an archive may end before (made by an older version): each imports as empty. */
    List<String> OPTIONAL = List.of("panel-settings", "aging-thresholds", "requests", "validation-tasks");

    /** How many rows each table holds now, in {@link #TABLES} order. */
    Map<String, Integer> contents();

    /** Writes every table in {@link #TABLES} order, reading at most {@link #PAGE} rows from the store at a time. */
    void export(Sink sink);

    /**
     * Reads every table from {@code source} into the store in one transaction: all of it, or (on any problem, thrown
     * as a {@link com.empathyevidence.domain.Problem}) nothing. Returns the rows imported per table.
     */
    Map<String, Integer> importAll(Source source);

    /** The most rows the store reads in one query while exporting. */
    int PAGE = 500;

    /** Where an export writes. */
    interface Sink {
        void begin(String table);

        void row(Map<String, Object> row);

        void end(String table);
    }

    /** What an import reads, table by table. */
    interface Source {
        /** The next table's name, or null when there are no more tables (the source checks what it read then). */
        String nextTable();

        /** The next row of the current table, or null at its end. */
        Map<String, Object> nextRow();
    }
}
