package org.onemap.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.onemap.app.briefing.Briefing;
import org.onemap.app.briefing.BriefingComposer;
import org.onemap.app.briefing.BriefingPackage;
import org.onemap.app.briefing.PdfExport;
import org.onemap.app.briefing.PptxExport;
import org.onemap.app.briefing.SlideImages;
import org.onemap.app.briefing.StoryFile;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code onemap brief export --out F.pdf|F.pptx|F.onemap-brief --views V1,V2 | --story F.json}: one slide
 * per view (each with a chart panel of its module's first charted indicator), or the slides of a story
 * file with their titles, notes, annotations and charts (docs/briefing-story.md), rendered by the same
 * renderer as {@code onemap render --theme}. A malformed story file is a usage error (exit 2) naming
 * its line and column.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "export views as a PDF, a PPTX or a .onemap-brief package")
final class BriefExportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--out", required = true, paramLabel = "F.pdf|F.pptx|F.onemap-brief", description = "output file; the extension picks the format")
    Path out;

    @Option(names = "--views", split = ",", paramLabel = "V1,V2",
            description = "views in slide order: overview, resources, environment, governance, ecommerce, industry")
    List<String> views;

    @Option(names = "--story", paramLabel = "F.json",
            description = "a story file: slides with view, title, notes, annotations and charts (instead of --views)")
    Path story;

    @Option(names = "--dpi", defaultValue = "150", paramLabel = "150|300", description = "map resolution for PDF/PPTX (default ${DEFAULT-VALUE})")
    int dpi;

    @Option(names = "--title", paramLabel = "TEXT", description = "briefing title (default 湘潭市数字乡村一张图 · 汇报)")
    String title;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language of maps and captions (default ${DEFAULT-VALUE})")
    String lang;

    @ParentCommand
    BriefCommand brief;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String format = name.endsWith(".pdf") ? "pdf" : name.endsWith(".pptx") ? "pptx" : name.endsWith(BriefingPackage.EXTENSION) ? "brief" : null;
        if (format == null) throw new UsageException("--out must end in .pdf, .pptx or " + BriefingPackage.EXTENSION + ": " + out);
        if (dpi != 150 && dpi != 300) throw new UsageException("--dpi must be 150 or 300, not " + dpi);
        if ((views == null) == (story == null)) throw new UsageException("give either --views V1,V2 or --story F.json");
        StoryFile storyFile = null;
        if (story != null) {
            try {
                storyFile = StoryFile.read(story);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            } catch (IOException e) {
                throw new CliException("cannot read story " + story + ": " + e.getMessage(), e);
            }
            views = storyFile.views();
        }
        List<String> known = BriefingComposer.viewNames();
        for (String v : views) {
            if (!known.contains(v.trim().toLowerCase(Locale.ROOT))) {
                throw new UsageException("unknown view '" + v + "' (expected one of: " + String.join(", ", known) + ")");
            }
        }
        Path dir = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) throw new CliException("output folder does not exist: " + dir);
        Locale locale = Locale.forLanguageTag(lang);
        // written beside the target and moved into place, so a failed export leaves no half file
        Path partial = dir.resolve("." + out.getFileName() + ".part");
        try (H2gisWorkspace ws = workspace.orElse(brief.root.workspace).openForReading()) {
            BriefingComposer composer = new BriefingComposer(ws, locale);
            String author = System.getProperty("user.name", "");
            Briefing b;
            if (storyFile == null) {
                b = composer.withDefaultCharts(composer.compose(title, views, author, LocalDate.now()));
            } else {
                try {
                    b = composer.compose(title, storyFile, author, LocalDate.now());
                } catch (IllegalArgumentException e) {
                    throw new UsageException(story + ": " + e.getMessage());
                }
            }
            switch (format) {
                case "pdf" -> new PdfExport(new SlideImages(ws, locale), locale).write(b, dpi, partial);
                case "pptx" -> new PptxExport(new SlideImages(ws, locale), locale).write(b, dpi, partial);
                default -> BriefingPackage.write(b, ws, partial);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().println("wrote " + out + " (" + b.slides().size() + " slides: " + String.join(", ", views) + ")");
        } catch (IOException e) {
            throw new CliException("cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(partial);
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
