package dev.meshlens.sample.mesh.content;

/** Teams and people of Acme Outfitters, in blueprint lines. */
public final class People {
  /**
   * {@code team id | name | email | description} and {@code person email | name | title | teams}.
   */
  public static final String TEXT =
      """
      team team:sales-data | Sales Data | sales-data@acme.example | Owns the sales domain: orders, returns, store sales and sales KPIs.
      team team:customer-data | Customer Data | customer-data@acme.example | Owns customer master data, loyalty, support data and the customer 360.
      team team:marketing-analytics | Marketing Analytics | marketing-analytics@acme.example | Owns campaign, e-mail, web analytics, segmentation and attribution data.
      team team:logistics-data | Logistics Data | logistics-data@acme.example | Owns fulfilment events, warehouse operations, shipments and carrier data.
      team team:finance-data | Finance Data | finance-data@acme.example | Owns payments, ledger, revenue recognition, forecasts and the finance warehouse.
      team team:product-data | Product Data | product-data@acme.example | Owns the product master, pricing, supplier catalogue, content and reviews.
      team team:inventory-data | Inventory Data | inventory-data@acme.example | Owns stock levels, stock movements, replenishment and demand forecasts.
      team team:data-platform | Data Platform | data-platform@acme.example | Runs the pipelines, Kafka, the landing bucket, Snowflake and the catalog.
      team team:bi-analytics | BI and Analytics | bi-analytics@acme.example | Central analysts who build the company dashboards; heavy consumers of every domain.
      team team:data-science | Data Science | data-science@acme.example | Builds forecasting, churn and recommendation models.
      team team:data-governance | Data Governance | data-governance@acme.example | Stewards the glossary, classification and data contracts.
      person maria.garcia@acme.example | Maria Garcia | Head of Sales Analytics | team:sales-data
      person jonas.weber@acme.example | Jonas Weber | Data Engineer | team:sales-data
      person aisha.khan@acme.example | Aisha Khan | Analytics Engineer | team:sales-data
      person tom.becker@acme.example | Tom Becker | Data Engineer | team:sales-data, team:data-platform
      person lena.fischer@acme.example | Lena Fischer | Customer Data Product Owner | team:customer-data
      person david.okafor@acme.example | David Okafor | Data Engineer | team:customer-data
      person sofia.rossi@acme.example | Sofia Rossi | Analytics Engineer | team:customer-data
      person emma.janssen@acme.example | Emma Janssen | Marketing Data Lead | team:marketing-analytics
      person lucas.martin@acme.example | Lucas Martin | CRM Analyst | team:marketing-analytics
      person chloe.dubois@acme.example | Chloe Dubois | Analytics Engineer | team:marketing-analytics
      person noah.schneider@acme.example | Noah Schneider | Data Engineer | team:marketing-analytics
      person piotr.nowak@acme.example | Piotr Nowak | Logistics Data Lead | team:logistics-data
      person hannah.schulz@acme.example | Hannah Schulz | Data Engineer | team:logistics-data
      person oliver.smith@acme.example | Oliver Smith | Analytics Engineer | team:logistics-data
      person claire.moreau@acme.example | Claire Moreau | Finance Data Lead | team:finance-data
      person erik.lindqvist@acme.example | Erik Lindqvist | Data Engineer | team:finance-data
      person fatima.elamrani@acme.example | Fatima El Amrani | Revenue Accounting Analyst | team:finance-data
      person james.wilson@acme.example | James Wilson | FP&A Analyst | team:finance-data
      person yuki.tanaka@acme.example | Yuki Tanaka | Product Data Lead | team:product-data
      person marco.bianchi@acme.example | Marco Bianchi | Data Engineer | team:product-data
      person ines.silva@acme.example | Ines Silva | Pricing Analyst | team:product-data
      person lars.johansson@acme.example | Lars Johansson | Inventory Data Lead | team:inventory-data
      person katarina.horvat@acme.example | Katarina Horvat | Data Engineer | team:inventory-data
      person ben.taylor@acme.example | Ben Taylor | Supply Chain Analyst | team:inventory-data
      person anna.kowalski@acme.example | Anna Kowalski | Platform Lead | team:data-platform
      person raj.patel@acme.example | Raj Patel | Platform Engineer | team:data-platform
      person felix.wagner@acme.example | Felix Wagner | Platform Engineer | team:data-platform
      person sarah.meyer@acme.example | Sarah Meyer | Senior BI Analyst | team:bi-analytics
      person daniel.costa@acme.example | Daniel Costa | BI Analyst | team:bi-analytics
      person julia.hoffmann@acme.example | Julia Hoffmann | BI Analyst | team:bi-analytics
      person mehmet.yilmaz@acme.example | Mehmet Yilmaz | BI Developer | team:bi-analytics
      person laura.vos@acme.example | Laura Vos | Commercial Analyst | team:bi-analytics
      person nina.petrova@acme.example | Nina Petrova | Data Scientist | team:data-science
      person samuel.adeyemi@acme.example | Samuel Adeyemi | Data Scientist | team:data-science
      person elena.popescu@acme.example | Elena Popescu | ML Engineer | team:data-science
      person thomas.mueller@acme.example | Thomas Mueller | Data Governance Lead | team:data-governance
      person ingrid.berg@acme.example | Ingrid Berg | Data Steward | team:data-governance
      """;

  private People() {}
}
