package com.empathyevidence.workbench;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks the workbench's {@code --data} folder before anything starts, so that a path it cannot use gets one plain
 * line saying why (and exit code 2) instead of a stack trace from deep inside the database.
 */
final class DataDirectory {

    private DataDirectory() {
    }

    /**
     * Creates the folder when it is missing but its parent folder exists, and checks that the workbench can write in
     * it. Answers null when it can be used, otherwise the one line to print.
     */
    static String prepare(Path data) {
        String given = "Cannot use --data " + data + ": ";
        Path absolute = data.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            return given + "it is a file, not a folder. Give a folder (it is created if it does not exist yet).";
        }
        if (!Files.exists(absolute)) {
            Path parent = absolute.getParent();
            if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
                return given + "it cannot be created, because " + parent + " is a file. Give a folder.";
            }
            if (parent != null && !Files.isDirectory(parent)) {
                return given + "its parent folder " + parent + " does not exist. Create it first, or give another folder.";
            }
            try {
                Files.createDirectory(absolute);
            } catch (AccessDeniedException e) {
                return given + "it cannot be created, because the workbench cannot write to " + parent + ". Give a folder you may write to.";
            } catch (IOException e) {
                return given + "it cannot be created (" + reason(e) + "). Give another folder.";
            }
        }
        try {
            Files.delete(Files.createTempFile(absolute, ".write-check", ".tmp"));
        } catch (IOException e) {
            return given + "the workbench cannot write to it (" + reason(e) + "). Give a folder you may write to.";
        }
        return null;
    }

    /** What the operating system said, without the exception's class name. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? "the operating system refused" : e.getMessage();
    }
}
