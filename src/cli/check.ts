/** `npm run check`: validate every file in the archive without building; exit 1 on any error. */
import { loadArchive } from "../loader.ts";
import { formatProblem } from "../problems.ts";
import { siteConfig } from "../site.ts";
import { summaryLine } from "../summary.ts";

const { articlesDir } = siteConfig();
const started = performance.now();
const { archive, problems } = loadArchive(articlesDir);
for (const p of problems) console.error(formatProblem(p));
if (!archive) {
  const n = problems.filter((p) => p.severity === "error").length;
  console.error(`\n${n} ${n === 1 ? "problem" : "problems"} found; nothing was built. Fix ${n === 1 ? "it" : "them"} and run npm run check again.`);
  process.exit(1);
}
console.log(`OK: ${summaryLine(archive, { seconds: (performance.now() - started) / 1000 })}`);
