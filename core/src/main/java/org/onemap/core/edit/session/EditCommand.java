package org.onemap.core.edit.session;

/** One undoable edit on a session's working copy. */
public interface EditCommand {
    /** Short name shown in the undo menu, e.g. "Split parcel 12". */
    String name();

    void apply(WorkingCopy copy);

    void revert(WorkingCopy copy);
}
