package uk.toex.crosslink.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/ARCHITECTURE.md, checked on the compiled main classes. Bytecode names
 * every class a class uses, so a fully qualified name in code counts exactly as an import does;
 * {@link SourceDependenciesTest} holds the same rules on the source text, which also sees constants
 * the compiler inlines.
 */
@AnalyzeClasses(packages = "uk.toex.crosslink", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    private static final String ROOT = "uk.toex.crosslink";

    @ArchTest
    static final ArchRule topLevelPackagesFormNoCycle = slices().matching(ROOT + ".(*)..")
            .should().beFreeOfCycles()
            .because("each part must be readable and changeable without the parts that use it");

    @ArchTest
    static final ArchRule storeDependsOnNoFeaturePackage = noClasses().that().resideInAPackage(ROOT + ".store..")
            .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".store.."))))
            .because("the store runs named Cypher for every part; it defines the small interfaces it needs "
                    + "(ReadScope) and the parts implement them");

    /**
     * The one exception, {@code investigations}: it runs analysts' own statements (not Cypher files),
     * checks them with the planner ({@code EXPLAIN}: query type, operators) and runs them in one
     * transaction narrowed to the caller's view and always rolled back, rendering the driver's
     * nodes, relationships and paths; a store-side copy of that API would only rename the driver's.
     */
    @ArchTest
    static final ArchRule onlyStoreTouchesTheDriver = noClasses()
            .that().resideInAPackage(ROOT + "..")
            .and().resideOutsideOfPackages(ROOT + ".store..", ROOT + ".investigations..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver..", "org.neo4j.graphdb..")
            .because("every statement goes through store.CypherRunner, so every read states its scope and "
                    + "every write names its Cypher file");

    @ArchTest
    static final ArchRule onlyEntryPointsDependOnApiOrCli = noClasses()
            .that().resideInAPackage(ROOT + ".*..")
            .and().resideOutsideOfPackages(ROOT + ".api..", ROOT + ".cli..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".api..", ROOT + ".cli..")
            .because("GraphQL controllers live in api and commands in cli: the entry points use the core "
                    + "packages, never the other way round");

    @ArchTest
    static final ArchRule controllersLiveInApi = classes()
            .that().areAnnotatedWith("org.springframework.stereotype.Controller")
            .or().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should().resideInAPackage(ROOT + ".api..")
            .because("every HTTP and GraphQL entry point is in one place, thin over the core packages' services");

    @ArchTest
    static final ArchRule commandsLiveInCli = classes()
            .that().areAnnotatedWith("picocli.CommandLine$Command")
            .should().resideInAPackage(ROOT + ".cli..")
            .because("every command-line entry point is in one place, thin over the core packages' services");

    @ArchTest
    static final ArchRule resolutionDoesNotDependOnIngest = noClasses().that().resideInAPackage(ROOT + ".resolution..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".ingest..")
            .because("ingest hands resolution resolution's own types (PersonInput, PersonRecordsIngested), "
                    + "so resolution can run on records from anywhere");

    @ArchTest
    static final ArchRule onlyCliUsesDemo = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".demo..", ROOT + ".cli..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".demo..")
            .because("the synthetic world generator is a tool behind the generate command and --demo, "
                    + "never part of the service");

    @ArchTest
    static final ArchRule demoIsALeaf = noClasses().that().resideInAPackage(ROOT + ".demo..")
            .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(ROOT + ".demo.."))))
            .because("the generator writes CSV files like any other force's system; it knows nothing of the service");
}
