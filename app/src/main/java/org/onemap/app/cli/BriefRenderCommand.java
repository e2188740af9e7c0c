package org.onemap.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.onemap.app.briefing.BriefingPackageException;
import org.onemap.app.briefing.OpenedBriefing;
import org.onemap.app.briefing.SlideImages;
import org.onemap.map.render.MapComposer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code onemap brief render F.onemap-brief --out DIR}: draws every slide from the package's own data
 * (no workspace is opened or created) as {@code slide-NN.png}; what the leader viewer shows, headless.
 */
@Command(name = "render", mixinStandardHelpOptions = true, description = "render every slide of a .onemap-brief from its packaged data to PNGs")
final class BriefRenderCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "F.onemap-brief", description = "briefing package")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for slide-NN.png (created if missing)")
    Path out;

    @Option(names = "--dpi", defaultValue = "96", paramLabel = "N", description = "resolution (default ${DEFAULT-VALUE}: 1067x600 px)")
    int dpi;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (dpi < 72 || dpi > 600) throw new UsageException("--dpi out of range (72..600): " + dpi);
        OpenedBriefing b;
        try {
            b = OpenedBriefing.open(file);
        } catch (BriefingPackageException e) {
            throw new CliException(e.getMessage(), e);
        }
        Files.createDirectories(out);
        SlideImages images = new SlideImages(b.data(), Locale.forLanguageTag(b.briefing().locale()));
        for (int i = 0; i < b.briefing().slides().size(); i++) {
            Path png = out.resolve(String.format(Locale.ROOT, "slide-%02d.png", i + 1));
            MapComposer.writePng(images.image(b.briefing().slides().get(i), dpi), png);
            spec.commandLine().getOut().println("wrote " + png);
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
