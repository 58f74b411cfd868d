// The search page: to be built (issue 7).
import { notice, title } from "../ui.js";

export async function render(view) {
  view.append(title("search"), notice("info", "This page is on its way."));
}
