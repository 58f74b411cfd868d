package dev.meshlens.sample.mesh.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole sample mesh as values: company, domains, owners, glossary and products.
 *
 * @param company the company name
 * @param anchor the instant the mesh is "now"
 * @param domains the domains
 * @param teams the teams
 * @param people the people
 * @param terms the glossary
 * @param products the products, in blueprint order
 */
public record Mesh(
    String company,
    Instant anchor,
    List<Domain> domains,
    List<Team> teams,
    List<Person> people,
    List<Term> terms,
    List<Product> products) {

  public Mesh {
    domains = List.copyOf(domains);
    teams = List.copyOf(teams);
    people = List.copyOf(people);
    terms = List.copyOf(terms);
    products = List.copyOf(products);
  }

  public Optional<Product> findProduct(String key) {
    return products.stream().filter(p -> p.key().equals(key)).findFirst();
  }

  public Optional<Domain> findDomain(String id) {
    return domains.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  public Optional<Team> findTeam(String id) {
    return teams.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public Optional<Person> findPerson(String email) {
    return people.stream().filter(p -> p.email().equals(email)).findFirst();
  }

  /** Every dataset of the mesh by its OpenLineage identity, sorted. */
  public Map<DatasetId, Dataset> datasetsById() {
    Map<DatasetId, Dataset> byId = new TreeMap<>();
    products.forEach(p -> p.datasets().forEach(d -> byId.put(d.id(), d)));
    return byId;
  }

  /** Every job of the mesh, in product order. */
  public List<Job> jobs() {
    return products.stream().flatMap(p -> p.jobs().stream()).toList();
  }
}
