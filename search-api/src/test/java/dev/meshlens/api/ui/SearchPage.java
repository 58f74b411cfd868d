package dev.meshlens.api.ui;

import java.util.List;
import org.openqa.selenium.WebElement;

/** What the search page shows, read the way the tests of more than one page need it. */
final class SearchPage {
  /** The search page has answered: its status counts results and nothing is loading. */
  static final String SETTLED =
      "document.querySelector('#search-status') && /\\d/.test(document.querySelector("
          + "'#search-status').textContent) && !document.querySelector('.results-body[aria-busy]')";

  private SearchPage() {}

  /** The total the status line shows ("1,234 results" -> 1234). */
  static long total(Browser browser) {
    String status = browser.visible("#search-status").getText();
    return Long.parseLong(status.replaceFirst("^([\\d,]+).*$", "$1").replace(",", ""));
  }

  /** The names of the hits on the page, in order. */
  static List<String> hitNames(Browser browser) {
    return browser.all(".hits .hit-name").stream().map(WebElement::getText).toList();
  }
}
