// The example queries of the SPARQL console: the governance queries of docs/governance-queries.md,
// as written there (GovernanceUiTest checks that they still are).

/** The prefixes every example declares, as the docs write them. */
const PREFIXES = `PREFIX dcat:  <http://www.w3.org/ns/dcat#>
PREFIX dct:   <http://purl.org/dc/terms/>
PREFIX dprod: <https://ekgf.github.io/dprod/>
PREFIX dqv:   <http://www.w3.org/ns/dqv#>
PREFIX ml:    <https://meshlens.dev/ns#>
PREFIX prov:  <http://www.w3.org/ns/prov#>
PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>

`;

export const EXAMPLES = [
  {
    title: "Personal data reaching products of another domain",
    query: PREFIXES + `SELECT DISTINCT ?column ?columnDomain ?product ?productDomain
WHERE {
  ?source ml:hasColumn ?column .
  ?column ml:pii true .
  ?columnDomain dcat:dataset ?source .
  ?target prov:wasDerivedFrom+ ?source ;
          dct:isPartOf ?product .
  ?product dprod:domain ?productDomain .
  FILTER (?productDomain != ?columnDomain)
}
ORDER BY ?column ?product
`,
  },
  {
    title: "Datasets without an owner feeding products",
    query: PREFIXES + `SELECT ?dataset ?name (COUNT(DISTINCT ?product) AS ?products)
WHERE {
  ?dataset a dcat:Dataset ;
           rdfs:label ?name .
  FILTER NOT EXISTS { ?dataset prov:wasAttributedTo ?owner }
  ?output prov:wasDerivedFrom+ ?dataset ;
          dct:isPartOf ?product .
  FILTER NOT EXISTS { ?dataset dct:isPartOf ?product }
}
GROUP BY ?dataset ?name
ORDER BY DESC(?products) ?name
`,
  },
  {
    title: "Products downstream of a dataset with a failing check",
    query: PREFIXES + `SELECT DISTINCT ?dataset ?check ?failedAt ?product
WHERE {
  ?dataset dqv:hasQualityMeasurement ?measurement .
  ?measurement dqv:value false ;
               dqv:isMeasurementOf ?metric ;
               prov:generatedAtTime ?failedAt .
  ?metric rdfs:label ?check .
  ?downstream prov:wasDerivedFrom+ ?dataset ;
              dct:isPartOf ?product .
  FILTER NOT EXISTS { ?dataset dct:isPartOf ?product }
}
ORDER BY ?dataset ?check ?product
`,
  },
  {
    title: "Inferred personal data and where it comes from",
    query: PREFIXES + `SELECT ?column ?origin ?originDomain
WHERE {
  ?column ml:piiInferredFrom ?origin .
  ?originDataset ml:hasColumn ?origin .
  OPTIONAL { ?originDomain dcat:dataset ?originDataset }
}
ORDER BY ?column
`,
  },
  {
    title: "Jobs reading restricted datasets",
    query: PREFIXES + `SELECT ?job ?dataset ?sensitivity
WHERE {
  ?job a ml:Job ;
       prov:used ?dataset .
  ?dataset a dcat:Dataset ;
           ml:sensitivity ?sensitivity .
  FILTER (?sensitivity = "restricted")
}
ORDER BY ?dataset ?job
`,
  },
  {
    title: "Product-to-product consumption across domains",
    query: PREFIXES + `SELECT ?consumer ?consumerDomain ?producer ?producerDomain
WHERE {
  ?consumer ml:consumesProduct ?producer ;
            dprod:domain ?consumerDomain .
  ?producer dprod:domain ?producerDomain .
  FILTER (?consumerDomain != ?producerDomain)
}
ORDER BY ?consumerDomain ?consumer ?producer
`,
  },
  {
    title: "Who owns personal data",
    query: PREFIXES + `SELECT ?owner ?name ?role (COUNT(DISTINCT ?dataset) AS ?datasets)
WHERE {
  ?dataset a dcat:Dataset ;
           prov:qualifiedAttribution ?attribution .
  ?attribution prov:agent ?owner ;
               dcat:hadRole ?role .
  OPTIONAL { ?owner rdfs:label ?name }
  { ?dataset ml:pii true } UNION { ?dataset ml:hasColumn/ml:pii true }
}
GROUP BY ?owner ?name ?role
ORDER BY DESC(?datasets) ?owner
`,
  },
];
