// Copies the UI's third-party assets from node_modules into ../wwwroot/lib, where they are
// committed: the service must work offline and `dotnet build` must not need npm.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const lib = join(here, "..", "wwwroot", "lib");
const assets = [
  ["@rijkshuisstijl-community/components-css/dist/index.css", "rijkshuisstijl/components.css"],
  ["@rijkshuisstijl-community/components-css/LICENSE.md", "rijkshuisstijl/LICENSE-components.md"],
  ["@rijkshuisstijl-community/design-tokens/dist/index.css", "rijkshuisstijl/tokens.css"],
  ["@rijkshuisstijl-community/design-tokens/LICENSE.md", "rijkshuisstijl/LICENSE-tokens.md"],
  ["chart.js/dist/chart.umd.min.js", "chartjs/chart.umd.min.js"],
  ["chart.js/LICENSE.md", "chartjs/LICENSE.md"],
  ["mermaid/dist/mermaid.min.js", "mermaid/mermaid.min.js"],
  ["mermaid/LICENSE", "mermaid/LICENSE"],
];

rmSync(lib, { recursive: true, force: true });
for (const [from, to] of assets) {
  mkdirSync(dirname(join(lib, to)), { recursive: true });
  cpSync(join(here, "node_modules", from), join(lib, to));
  console.log(`${from} -> wwwroot/lib/${to}`);
}
