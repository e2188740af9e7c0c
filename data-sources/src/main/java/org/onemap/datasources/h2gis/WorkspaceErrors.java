package org.onemap.datasources.h2gis;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.onemap.core.spi.DataSourceException;

/** Turns H2 failures into messages a OneMap user can act on. */
final class WorkspaceErrors {
    private WorkspaceErrors() {}

    /** A failure while opening the workspace database in {@code folder}. */
    static DataSourceException opening(Path folder, SQLException e) {
        return switch (code(e)) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new DataSourceException(
                    "workspace " + folder + " is in use by another OneMap process (locked): close it first", e);
            case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 -> new DataSourceException(
                    "no workspace in " + folder + " (" + H2gisWorkspace.DB_FILE + " is missing)", e);
            case ErrorCode.WRONG_USER_OR_PASSWORD -> new DataSourceException(
                    "workspace " + folder + " was not created by OneMap (its database refuses the OneMap login)", e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1,
                    ErrorCode.GENERAL_ERROR_1 -> new DataSourceException(
                    "workspace " + folder + " is unreadable or corrupt (" + H2gisWorkspace.DB_FILE + "): " + firstLine(e)
                            + "; restore it from a backup or move it away to start a new workspace", e);
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 -> new DataSourceException(
                    "workspace " + folder + " cannot be read or written: " + firstLine(e), e);
            default -> new DataSourceException("cannot open workspace " + folder + ": " + firstLine(e), e);
        };
    }

    /** A failure of an operation on an open workspace, described by {@code what} ("insert into layer parcel"). */
    static DataSourceException during(String what, Path folder, SQLException e) {
        if (code(e) == ErrorCode.DATABASE_IS_READ_ONLY) {
            return new DataSourceException("cannot " + what + ": workspace " + folder + " is opened read-only", e);
        }
        return new DataSourceException("cannot " + what + ": " + firstLine(e), e);
    }

    /** The H2 error code of the first SQLException in the cause chain that has one. */
    static int code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() != 0) return s.getErrorCode();
        }
        return 0;
    }

    /** H2 messages append the SQL text and error code on later lines; users need the first. */
    static String firstLine(Throwable e) {
        String m = e.getMessage();
        if (m == null) return e.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        String first = nl < 0 ? m : m.substring(0, nl);
        return first.replaceAll(" ?\\[\\d{5}-\\d+]$", "").replaceAll("; SQL statement:$", "");
    }
}
