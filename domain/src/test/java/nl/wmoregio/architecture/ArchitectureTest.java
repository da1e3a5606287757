package nl.wmoregio.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The component rules of DEVELOPERS.md: packages cut by business component
 * (nl.wmoregio.COMPONENT.{boundary,control,entity}); a component uses another only through
 * its boundary; no cycles between components; entities never leave their component.
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.wmoregio");
    }

    static String component(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    /** An EJB or CDI bean: the boundary's services, as opposed to its records, enums and value helpers. */
    static boolean isService(JavaClass c) {
        return c.isAnnotatedWith("jakarta.ejb.Stateless") || c.isAnnotatedWith("jakarta.ejb.Singleton")
                || c.isAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
                || c.isAnnotatedWith("jakarta.enterprise.context.RequestScoped")
                || c.isAnnotatedWith("jakarta.enterprise.context.Dependent");
    }

    static String layer(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 3 ? parts[3] : "";
    }

    @Test
    void componentsTalkToEachOtherOnlyThroughBoundaries() {
        ArchCondition<JavaClass> onlyBoundariesOfOthers = new ArchCondition<>("use other components only through their boundary") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    if (!target.getPackageName().startsWith("nl.wmoregio.") || target.getPackageName().startsWith("nl.wmoregio.shared")) {
                        return;
                    }
                    boolean otherComponent = !component(target).equals(component(origin));
                    if (otherComponent && !layer(target).equals("boundary")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
        classes().that().resideInAPackage("nl.wmoregio..")
                .and().resideOutsideOfPackage("nl.wmoregio.shared..")
                .should(onlyBoundariesOfOthers)
                .check(classes);
    }

    @Test
    void componentsHaveNoCycles() {
        slices().matching("nl.wmoregio.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyComponentPackageIsBoundaryControlOrEntity() {
        classes().that().resideInAPackage("nl.wmoregio..")
                .and().resideOutsideOfPackage("nl.wmoregio.shared..")
                .and(new DescribedPredicate<JavaClass>("are not package-info") {
                    @Override
                    public boolean test(JavaClass c) {
                        return !c.getSimpleName().equals("package-info");
                    }
                })
                .should().resideInAnyPackage("..boundary..", "..control..", "..entity..")
                .check(classes);
    }

    @Test
    void sharedKernelDependsOnNoComponent() {
        noClasses().that().resideInAPackage("nl.wmoregio.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..", "..entity..")
                .check(classes);
    }

    @Test
    void boundariesDoNotExposeEntities() {
        noClasses().that().resideInAPackage("..boundary..").and().areRecords()
                .should().dependOnClassesThat().resideInAPackage("..entity..")
                .check(classes);
    }

    /**
     * Inside a component the layers point one way: boundary → control → entity. An entity knows
     * no control class and of the boundary only its enums (status values the DTOs share); a control class may build the boundary's DTO records and throw
     * its exceptions (the mappers of the regio/inkoop template do), but never calls a service of its
     * own boundary: services call rules and repositories, not the other way round. (A control class
     * may call another component's boundary: that is how components talk.)
     */
    @Test
    void layersInsideAComponentPointOneWay() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("are control classes or boundary classes other than enums") {
                    @Override
                    public boolean test(JavaClass c) {
                        return c.getPackageName().contains(".control")
                                || c.getPackageName().contains(".boundary") && !c.isEnum();
                    }
                })
                .check(classes);
        ArchCondition<JavaClass> noOwnServices = new ArchCondition<>("not call a service of their own component's boundary") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    boolean ownBoundary = target.getPackageName().startsWith("nl.wmoregio.")
                            && component(target).equals(component(origin)) && layer(target).equals("boundary");
                    if (ownBoundary && isService(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
        classes().that().resideInAPackage("..control..").should(noOwnServices).check(classes);
    }
}
