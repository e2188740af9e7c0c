package org.onemap.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.briefing.BriefingPackageException;
import org.onemap.app.briefing.OpenedBriefing;
import org.onemap.app.briefing.Slide;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code onemap brief info F.onemap-brief}: verifies the package and lists its views; exit 1 when corrupt or tampered. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "verify a .onemap-brief package and list its views")
final class BriefInfoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "F.onemap-brief", description = "briefing package")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OpenedBriefing b;
        try {
            b = OpenedBriefing.open(file);
        } catch (BriefingPackageException e) {
            throw new CliException(e.getMessage(), e);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("briefing: " + b.briefing().title());
        o.println("created:  " + b.createdAt() + " by " + (b.createdBy().isEmpty() ? "?" : b.createdBy()) + " with " + b.createdWith());
        o.println("verified: " + b.verifiedEntries() + " entries (SHA-256)");
        o.println("data:     " + String.join(", ", b.layers()));
        o.println("views:");
        int n = 0;
        for (Slide s : b.briefing().slides()) {
            Envelope e = s.extent();
            o.printf(Locale.ROOT, "  %d. %-12s %s  [%.4f,%.4f,%.4f,%.4f]  %s%s%n", ++n, s.view(), s.title(), e.getMinX(), e.getMinY(),
                    e.getMaxX(), e.getMaxY(), s.date(), s.generatedData() ? "  (generated data)" : "");
            if (!s.annotations().isEmpty() || !s.charts().isEmpty()) {
                o.printf(Locale.ROOT, "     %d annotations; charts: %s%n", s.annotations().size(), s.charts().isEmpty() ? "none"
                        : String.join(", ", s.charts().stream().map(c -> c.moduleOr(s.view()) + "/" + c.indicator() + " " + c.corner().id()).toList()));
            }
        }
        o.flush();
        return ExitCode.OK;
    }
}
