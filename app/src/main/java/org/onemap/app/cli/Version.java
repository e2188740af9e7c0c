package org.onemap.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest, or the development version. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"OneMap " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
}
