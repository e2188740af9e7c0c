package org.onemap.app.wall;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The wall's view-models (carousel, alerts, kiosk lock, config) stay off the scene graph, like the desktop's. */
class WallViewModelArchitectureTest {
    @Test
    void wallViewModelsStayOffTheSceneGraph() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.onemap.app.wall");
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameStartingWith("Alert")
                .or().haveSimpleNameStartingWith("Kiosk").or().haveSimpleName("PinHash")
                .or().haveSimpleName("WallConfig").or().haveSimpleName("WallView").or().haveSimpleName("WallOptions")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..", "com.gluonhq..")
                .because("wall view-models are tested without a JavaFX toolkit (MVVM)")
                .check(classes);
    }
}
