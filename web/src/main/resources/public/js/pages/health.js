// Products and domains health pages: to be built (issue 7).
import { notice, title } from "../ui.js";

export async function renderProducts(view) {
  view.append(title("Products"), notice("info", "This page is on its way."));
}
export async function renderProduct(view) {
  view.append(title("Product"), notice("info", "This page is on its way."));
}
export async function renderDomains(view) {
  view.append(title("Domains"), notice("info", "This page is on its way."));
}
export async function renderDomain(view) {
  view.append(title("Domain"), notice("info", "This page is on its way."));
}
