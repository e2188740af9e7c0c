package org.onemap.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md, checked on the compiled classes of every module (the app's test
 * classpath holds them all). Package roots: core, datasources, dataimport, sample, map, thematic, app.
 */
class ModuleBoundariesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.onemap");
    }

    @Test
    void dataLayersNeverUseJavaFx() {
        noClasses().that().resideInAnyPackage("org.onemap.core..", "org.onemap.datasources..",
                        "org.onemap.dataimport..", "org.onemap.sample..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "org.controlsfx..")
                .because("core, data-sources, data-import and sample-data are headless (DESIGN.md)")
                .check(classes);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.onemap.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.onemap.datasources..", "org.onemap.dataimport..",
                        "org.onemap.sample..", "org.onemap.map..", "org.onemap.thematic..", "org.onemap.app..")
                .check(classes);
    }

    @Test
    void thematicModulesReachDataOnlyThroughTheSpi() {
        noClasses().that().resideInAPackage("org.onemap.thematic..")
                .should().dependOnClassesThat().resideInAnyPackage("org.onemap.datasources..", "org.onemap.dataimport..",
                        "org.onemap.sample..", "org.onemap.app..")
                .because("thematic modules use org.onemap.core.spi, never a data-source implementation")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void mapEngineDoesNotReachUp() {
        noClasses().that().resideInAPackage("org.onemap.map..")
                .should().dependOnClassesThat().resideInAnyPackage("org.onemap.datasources..", "org.onemap.dataimport..",
                        "org.onemap.sample..", "org.onemap.thematic..", "org.onemap.app..")
                .check(classes);
    }

    @Test
    void dataModulesDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.onemap.datasources..", "org.onemap.dataimport..", "org.onemap.sample..")
                .should().dependOnClassesThat().resideInAnyPackage("org.onemap.map..", "org.onemap.thematic..", "org.onemap.app..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenModules() {
        slices().matching("org.onemap.(*)..").should().beFreeOfCycles().check(classes);
    }
}
