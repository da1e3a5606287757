package nl.wmoregio.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The web layer is thin: it calls domain boundaries only, never their control or entity classes. */
class WebArchitectureTest {

    static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.wmoregio.web");

    @Test
    void webUsesOnlyDomainBoundaries() {
        noClasses().that().resideInAPackage("nl.wmoregio.web..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.wmoregio.*.control..", "nl.wmoregio.*.entity..")
                .check(WEB);
    }

    @Test
    void webDoesNotQueryTheDatabase() {
        noClasses().that().resideInAPackage("nl.wmoregio.web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .check(WEB);
    }

    @Test
    void noOpenApiParameterOnFields() {
        // Payara's OpenAPI walker throws on @Parameter outside a resource method (e.g. in a
        // @BeanParam class): /openapi then answers 500 for the whole application.
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields()
                .should().beAnnotatedWith(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class)
                .check(WEB);
    }
}
