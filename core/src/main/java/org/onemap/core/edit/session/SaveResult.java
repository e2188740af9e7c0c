package org.onemap.core.edit.session;

import java.util.List;
import java.util.Map;

/**
 * Outcome of saving a session. When {@code conflicts} is non-empty nothing was written and the session
 * keeps its edits; each conflict names a feature someone else changed since it was loaded.
 */
public record SaveResult(Map<String, String> insertedIds, int updated, int deleted, List<String> conflicts) {
    public boolean saved() { return conflicts.isEmpty(); }
}
