package org.onemap.core.edit.session;

/** Observes an edit session, e.g. the crash journal or the map's dirty-tile tracking. */
public interface SessionListener {
    default void executed(EditCommand command) {}

    default void undone(EditCommand command) {}

    default void redone(EditCommand command) {}

    /** After a successful save or a discard: the session is clean again. */
    default void cleared() {}
}
