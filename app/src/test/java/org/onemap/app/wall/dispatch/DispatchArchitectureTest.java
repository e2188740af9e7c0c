package org.onemap.app.wall.dispatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dispatch's model is headless and its view-model stays off the scene graph; only the panel and its mount touch JavaFX scenes. */
class DispatchArchitectureTest {
    private final com.tngtech.archunit.core.domain.JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.onemap.app.wall.dispatch");

    @Test
    void dispatchModelUsesNoJavaFx() {
        noClasses().that().doNotHaveSimpleName("DispatchPanel").and().doNotHaveSimpleName("WallDispatch")
                .and().doNotHaveSimpleName("DispatchViewModel").and().resideInAPackage("org.onemap.app.wall.dispatch")
                .and().haveNameNotMatching(".*(DispatchPanel|WallDispatch|DispatchViewModel)\\$.*")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the dispatch model (workflow, nearest unit, log) runs headless, e.g. behind a CLI or a server")
                .check(classes);
    }

    @Test
    void dispatchViewModelStaysOffTheSceneGraph() {
        noClasses().that().haveNameMatching(".*DispatchViewModel(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .because("view-models are tested without a JavaFX toolkit (MVVM)")
                .check(classes);
    }
}
