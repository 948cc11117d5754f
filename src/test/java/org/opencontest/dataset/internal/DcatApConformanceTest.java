package org.opencontest.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.demo.DemoDatasets;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The DCAT export of the demo catalog validated with Apache Jena SHACL against the project's DCAT-AP 3.0.0 shapes
 * ({@code src/test/resources/shacl/dcat-ap-3.0.0-shapes.ttl}, written from the specification's tables). The demo
 * datasets are loaded by their loader (the test profile turns demo data off) and fetched as an anonymous harvester
 * fetches them, through the security filters: the catalog and each public dataset in Turtle and JSON-LD. A failure
 * lists the SHACL report's messages. Datasets other tests of the run created are in the catalog too and must
 * conform as well.
 */
class DcatApConformanceTest extends IntegrationTest {

    private static final Node DATASET_PROPERTY = NodeFactory.createURI("http://www.w3.org/ns/dcat#dataset");
    private static final Node CATALOG_CLASS = NodeFactory.createURI("http://www.w3.org/ns/dcat#Catalog");
    private static Shapes shapes;

    @Autowired
    WebApplicationContext web;

    @Autowired
    ContestService contests;

    @Autowired
    Clock clock;

    private MockMvc mvc;

    @BeforeAll
    static void loadShapes() {
        shapes = Shapes.parse(RDFParser.source("shacl/dcat-ap-3.0.0-shapes.ttl").lang(Lang.TURTLE).toGraph());
    }

    @BeforeEach
    void loadDemoCatalog() {
        ContestEditState contest = as(person(Role.ORGANISER), () -> {
            ContestEditState draft = contests.create(ContestFixtures.input(ContestFixtures.uniqueSlug("dcat"),
                    clock.instant()));
            return contests.publish(draft.id(), draft.version());
        });
        DemoDatasets.load(web, contest.input().slug());
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void theCatalogAndEveryDatasetExportConformToDcatAp3() throws Exception {
        List<String> slugs = datasetSlugs(fetch("/api/catalog.ttl", Lang.TURTLE));
        assertThat(slugs).as("the demo catalog's public datasets")
                .contains("shanghai-road-traffic-accidents", "shanghai-air-quality-stations",
                        "shanghai-emergency-shelters");

        List<String> exports = new ArrayList<>(List.of("/api/catalog.ttl", "/api/catalog.jsonld"));
        slugs.forEach(slug -> exports.addAll(List.of("/api/datasets/" + slug + ".ttl",
                "/api/datasets/" + slug + ".jsonld")));
        List<String> violations = new ArrayList<>();
        for (String export : exports) {
            Graph graph = fetch(export, export.endsWith(".ttl") ? Lang.TURTLE : Lang.JSONLD);
            ShaclValidator.get().validate(shapes, graph).getEntries()
                    .forEach(entry -> violations.add(export + ": " + describe(entry)));
        }
        assertThat(violations).as("%d DCAT-AP 3.0.0 violations:%n%s", violations.size(),
                String.join(System.lineSeparator(), violations)).isEmpty();
    }

    private Graph fetch(String path, Lang lang) throws Exception {
        String body = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base("http://localhost/").parse(graph);
        return graph;
    }

    private static List<String> datasetSlugs(Graph catalog) {
        Node catalogNode = catalog.find(Node.ANY, RDF.type.asNode(), CATALOG_CLASS).next().getSubject();
        return catalog.find(catalogNode, DATASET_PROPERTY, Node.ANY).mapWith(triple -> triple.getObject().getURI())
                .mapWith(iri -> iri.substring(iri.lastIndexOf('/') + 1)).toList();
    }

    private static String describe(ReportEntry entry) {
        String value = entry.value() == null ? "" : " (value " + entry.value() + ")";
        return entry.focusNode() + " " + entry.resultPath() + ": " + entry.message() + value;
    }
}
