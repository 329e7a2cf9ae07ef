/**
 * The same site with its search index in one part: every event page in one Pagefind index, as a
 * site without parts would have it, for comparing what the search page finds in each.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as pagefind from "pagefind";
import { listFiles } from "./helpers.ts";

/** The name of the one part (any name the search page can load). */
export const ONE_PART = "semua";

/** Copy the built site `site` to `to`, its search index replaced by one index of every event page. */
export async function withOneIndex(site: string, to: string): Promise<void> {
  cpSync(site, to, { recursive: true });
  rmSync(join(to, "pagefind"), { recursive: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join("\n"));
  try {
    for (const file of listFiles(to).filter((f) => f.endsWith(".html"))) {
      const content = readFileSync(join(to, file), "utf8");
      if (!content.includes("data-pagefind-body")) continue;
      const added = await index.addHTMLFile({ url: `/${file.replace(/index\.html$/, "")}`, content });
      if (added.errors.length > 0) throw new Error(added.errors.join("\n"));
    }
    const { files } = await index.getFiles();
    for (const f of files) {
      const path = join(to, "pagefind", ONE_PART, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
    }
  } finally {
    await pagefind.close();
  }
  const search = join(to, "cari", "index.html");
  const html = readFileSync(search, "utf8");
  const parts = /data-parts="[^"]*"/.exec(html);
  if (!parts) throw new Error("the search page names no parts");
  writeFileSync(search, html.replace(parts[0], `data-parts="${JSON.stringify([ONE_PART]).replaceAll('"', "&quot;")}"`));
}
