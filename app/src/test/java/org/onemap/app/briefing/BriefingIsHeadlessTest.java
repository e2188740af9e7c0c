package org.onemap.app.briefing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The briefing model and its exports run headless (CLI, servers, tests): no JavaFX, and no reach
 * into the CLI, the desktop app or the viewer, which build on it.
 */
class BriefingIsHeadlessTest {
    @Test
    void briefingPackageUsesNeitherJavaFxNorTheUi() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.onemap.app.briefing");
        noClasses().that().resideInAPackage("org.onemap.app.briefing..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.gluonhq..",
                        "org.onemap.app.cli..", "org.onemap.app.desktop..", "org.onemap.app.viewer..")
                .check(classes);
    }
}
