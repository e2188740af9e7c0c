package org.onemap.app.desktop.edit;

import org.onemap.core.edit.topology.TopologyViolation;

/** A topology violation as the edit panel lists it: the rule's message in the UI language and its severity. */
public record ViolationItem(TopologyViolation violation, String text, boolean error) {
    @Override
    public String toString() { return text; }
}
