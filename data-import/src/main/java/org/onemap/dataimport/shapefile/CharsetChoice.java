package org.onemap.dataimport.shapefile;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The charset a reader decodes DBF text with, where it came from and the evidence in words, so an
 * import preview can show "GB18030 (detected: bytes are not valid UTF-8)" and offer an override.
 */
public record CharsetChoice(Charset charset, Source source, String evidence) {
    /** Where the charset came from, in the order a reader tries them. */
    public enum Source {
        /** The caller named it (e.g. {@code --encoding}). */
        CALLER,
        /** The {@code .cpg} sidecar file. */
        CPG,
        /** The DBF header's language-driver (code page) byte. */
        LDID,
        /** Guessed from the text bytes: strict UTF-8 if every value decodes, else GB18030. */
        DETECTED
    }

    public CharsetChoice {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public String toString() { return charset.name() + " (" + source.name().toLowerCase(java.util.Locale.ROOT) + ": " + evidence + ")"; }
}
