/**
 * A deterministic synthetic archive in the real content format, for performance work (issue 7):
 * `tags.yaml`, `kantor-berita.yaml` and one folder per event with `index.md` and one `.md` per article, written into
 * `out`. The same (articles, seed) always gives byte-identical files.
 *
 * Shape, chosen to resemble a large real archive:
 * - articles per event 1…12, a truncated shifted geometric with mean ≈ 3;
 * - 40…80 tags of all four kinds, used with a Zipf-like skew (a few tags everywhere, a long tail);
 * - event dates over 1990-01-01 … 2026-12-31, denser in recent years; articles published on the
 *   event's day or up to three days later, as a date, a date-time with an offset or one without;
 * - ~1% draft events and ~1% draft articles elsewhere (so ~2% of articles are not published);
 * - ~600 words per article on average, Indonesian sentences built from a fixed vocabulary of
 *   words, names, places and institutions of China–North Korea news, with `##` headings,
 *   `>` quotes and links to `https://contoh.example/…`;
 * - `kantor-berita.yaml`, the included archive's, which names every agency `via` takes (WIRES)
 * - optional fields (outlet, title, published, url, author, editor, via, language, tags) present
 *   in realistic proportions.
 *
 * Everything written passes `loadArchive` with zero problems. Plain string building and
 * writeFileSync: 30,000 articles take a few seconds.
 */
import { msg } from "../lib/messages/index.ts";
import { NO_PROGRESS, type Progress } from "../lib/progress.ts";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { slugify } from "../content/ids.ts";
import { ARTICLE_FIELDS, EVENT_FIELDS, TAG_KINDS, type TagKind } from "../content/schema.ts";
import { writeFrontmatter, yamlList, yamlString, type FrontmatterValue } from "../content/yaml.ts";
import { TAGS_FILE } from "../content/tags-file.ts";
import { AGENCIES_FILE } from "../content/agencies-file.ts";
import { PROJECT_ROOT } from "../lib/files.ts";
import { EVENT_FILE } from "../content/loader.ts";
import { Rng } from "./random.ts";
import { articleBody, eventSummary, eventTitle, idWords, personName, sentence } from "./text.ts";

export { mulberry32 } from "./random.ts";
import { BACKGROUND, LEMBAGA, OUTLETS, POOLS, TEMPAT, TOKOH, TOPIK, WIRES, type TagDef } from "./words.ts";

export interface GenerateOptions {
  /** exact number of article files to write (drafts included); at least 1 */
  articles: number;
  /** PRNG seed; default 1 */
  seed?: number;
  /** folder to write into (created if missing); existing files with the same names are overwritten */
  out: string;
  /** told how many articles are written so far */
  progress?: Progress;
}

export interface GenerateResult {
  /** event folders written (draft events included) */
  events: number;
  /** article files written (drafts included); always equals the `articles` option */
  articles: number;
  /** tags in tags.yaml */
  tags: number;
  /** articles that will not be published: those marked draft plus every article of a draft event */
  drafts: number;
  /** files written: tags.yaml, kantor-berita.yaml, one index.md per event and the article files */
  files: number;
}

export const DATE_MIN = "1990-01-01";
export const DATE_MAX = "2026-12-31";
export const MAX_ARTICLES_PER_EVENT = 12;

// ---------------------------------------------------------------------------------------------
// vocabulary: the pools are in words.ts

type Kind = TagKind;

// ---------------------------------------------------------------------------------------------
// dates

const DAY_MS = 86_400_000;
const MIN_DAY = Date.UTC(1990, 0, 1) / DAY_MS;
const MAX_DAY = Date.UTC(2026, 11, 31) / DAY_MS;
const RECENT_DAY = Date.UTC(2010, 0, 1) / DAY_MS;

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

// ---------------------------------------------------------------------------------------------
interface Vocab {
  tags: TagDef[];
  /** cumulative Zipf weights over `tags` (after a seeded shuffle) */
  cumulative: number[];
  byKind: Record<Kind, TagDef[]>;
}

function buildVocab(rng: Rng): Vocab {
  const total = rng.int(40, 80);
  // proportional share of each pool, at least 4 of each kind
  const all = TOKOH.length + LEMBAGA.length + TEMPAT.length + TOPIK.length;
  const kinds: readonly Kind[] = TAG_KINDS;
  const counts = kinds.map((k) => Math.max(4, Math.min(POOLS[k].length, Math.round((POOLS[k].length * total) / all))));
  let sum = counts.reduce((a, b) => a + b, 0);
  for (let i = 0; sum !== total && i < 1000; i++) {
    const k = i % kinds.length;
    const c = counts[k] ?? 0;
    const kind = kinds[k];
    if (kind === undefined) break;
    if (sum < total && c < POOLS[kind].length) {
      counts[k] = c + 1;
      sum++;
    } else if (sum > total && c > 4) {
      counts[k] = c - 1;
      sum--;
    }
  }
  const tags: TagDef[] = [];
  kinds.forEach((k, i) => {
    // the first entries of each pool are the archive's core vocabulary: always present
    const pool = POOLS[k];
    const core = pool.slice(0, 3);
    const rest = rng.shuffle(pool.slice(3)).slice(0, (counts[i] ?? 4) - 3);
    tags.push(...core, ...rest);
  });
  rng.shuffle(tags);
  // the core names lead the ranking, so the most used tags are the ones real coverage is about
  tags.sort((a, b) => coreRank(a) - coreRank(b));
  const cumulative: number[] = [];
  let acc = 0;
  tags.forEach((_, i) => {
    acc += 1 / Math.pow(i + 1, 1.05);
    cumulative.push(acc);
  });
  const byKind: Record<Kind, TagDef[]> = { tokoh: [], lembaga: [], tempat: [], topik: [] };
  for (const t of tags) byKind[t.kind].push(t);
  return { tags, cumulative, byKind };
}

const CORE = ["kim-jong-un", "xi-jinping", "beijing", "pyongyang", "nuklir", "hubungan-diplomatik", "kcna", "xinhua"];
function coreRank(t: TagDef): number {
  const i = CORE.indexOf(t.id);
  return i < 0 ? CORE.length : i;
}

function zipfTag(rng: Rng, v: Vocab): TagDef {
  const total = v.cumulative[v.cumulative.length - 1] ?? 1;
  const x = rng.next() * total;
  let lo = 0;
  let hi = v.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((v.cumulative[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return v.tags[lo] as TagDef;
}

function zipfTags(rng: Rng, v: Vocab, n: number, into: TagDef[] = []): TagDef[] {
  for (let tries = 0; into.length < n && tries < n * 20; tries++) {
    const t = zipfTag(rng, v);
    if (!into.includes(t)) into.push(t);
  }
  return into;
}

const ids = (tags: readonly TagDef[]): string[] => tags.map((t) => t.id);

function tagsYaml(v: Vocab): string {
  const lines = [
    "# Kosakata tag arsip sintetis (src/perf/generate.ts). Setiap tag: id →",
    "#   label: nama yang dilihat pembaca",
    `#   kind: ${TAG_KINDS.join(" | ")}`,
    "#   aliases: ejaan lain (opsional)",
  ];
  for (const kind of TAG_KINDS) {
    lines.push("", `# --- ${kind} ---`);
    for (const t of v.byKind[kind]) {
      lines.push(`${t.id}:`, `  label: ${yamlString(t.label)}`, `  kind: ${t.kind}`);
      if (t.aliases && t.aliases.length > 0) lines.push(`  aliases: ${yamlList(t.aliases)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Articles in the next event: 1 + geometric(p = 1/3), truncated at 12 (mean ≈ 3). */
function articlesInEvent(rng: Rng): number {
  let k = 1;
  while (k < MAX_ARTICLES_PER_EVENT && rng.next() < 2 / 3) k++;
  return k;
}

function eventDay(rng: Rng): number {
  // half the events anywhere in 1990–2026, half since 2010: coverage grows with time
  return rng.chance(0.5) ? rng.int(MIN_DAY, MAX_DAY) : rng.int(RECENT_DAY, MAX_DAY);
}

function published(rng: Rng, day: number): string | undefined {
  if (rng.chance(0.12)) return undefined;
  const d = isoDay(Math.min(MAX_DAY, day + (rng.chance(0.6) ? 0 : rng.int(1, 3))));
  const r = rng.next();
  if (r < 0.4) return d;
  const minute = two(rng.int(0, 59));
  if (r < 0.65) return `${d}T${two(rng.int(0, 23))}:${minute}`;
  if (r < 0.8) return `${d}T${two(rng.int(0, 23))}:${minute}:${two(rng.int(0, 59))}+07:00`;
  // other offsets only at hours that stay on the same day in Jakarta
  if (r < 0.92) return `${d}T${two(rng.int(8, 20))}:${minute}:00+${rng.pick(["08:00", "09:00"])}`;
  return `${d}T${two(rng.int(0, 16))}:${minute}:00Z`;
}

// ---------------------------------------------------------------------------------------------
// the archive

/** Write a synthetic archive into `out`; see the module comment. */
export function generateArchive(options: GenerateOptions): GenerateResult {
  const total = options.articles;
  if (!Number.isInteger(total) || total < 1) throw new Error(`articles must be a whole number of at least 1, not ${total}`);
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number, not ${seed}`);
  const rng = new Rng(seed);
  const vocab = buildVocab(rng);
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, TAGS_FILE), tagsYaml(vocab));
  // the agencies articles relay (WIRES): the included archive's vocabulary, which lists them all
  copyFileSync(join(PROJECT_ROOT, "articles", AGENCIES_FILE), join(options.out, AGENCIES_FILE));

  const usedIds = new Set<string>();
  let written = 0;
  let events = 0;
  let drafts = 0;
  const progress = options.progress ?? NO_PROGRESS;
  progress.phase(msg("progress.generating"), total);
  while (written < total) {
    const count = Math.min(articlesInEvent(rng), total - written);
    const day = eventDay(rng);
    const date = isoDay(day);
    const eventTags = zipfTags(rng, vocab, rng.int(2, 7));
    const title = eventTitle(rng, eventTags);
    let id = `${date}-${idWords(title)}`;
    if (usedIds.has(id)) {
      let n = 2;
      while (usedIds.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    usedIds.add(id);
    const place = eventTags.find((t) => t.kind === "tempat");
    const draftEvent = rng.chance(0.01);
    const dir = join(options.out, id);
    mkdirSync(dir, { recursive: true });

    const summary = eventSummary(rng, eventTags);
    const eventFields = {
      title,
      date,
      summary,
      place: place && rng.chance(0.7) ? place.label : undefined,
      tags: rng.chance(0.92) ? ids(eventTags) : undefined,
      draft: draftEvent,
    };
    let index = writeFrontmatter(eventFields, EVENT_FIELDS);
    if (rng.chance(0.5)) index += `${rng.pick(BACKGROUND)} ${sentence(rng, eventTags)}\n`;
    writeFileSync(join(dir, EVENT_FILE), index);

    const articleIds = new Set<string>();
    for (let i = 0; i < count; i++) {
      const outlet = rng.chance(0.95) ? rng.pick(OUTLETS) : undefined;
      let articleId = outlet ? slugify(outlet) : "tanpa-sumber";
      if (articleIds.has(articleId)) {
        let n = 2;
        while (articleIds.has(`${articleId}-${n}`)) n++;
        articleId = `${articleId}-${n}`;
      }
      articleIds.add(articleId);
      // an article of a published event is a draft now and then, never the event's first one
      const draft = !draftEvent && i > 0 && rng.chance(0.015);
      if (draft || draftEvent) drafts++;

      // every value is drawn in the same order as always, so a seed gives the same archive
      const fields: Record<string, FrontmatterValue> = {};
      if (rng.chance(0.85)) fields.title = eventTitle(rng, eventTags);
      fields.outlet = outlet;
      fields.published = published(rng, day);
      if (rng.chance(0.6))
        fields.url = `https://${outlet ? slugify(outlet) : "sumber"}.contoh.example/${date.slice(0, 4)}/${date.slice(5, 7)}/${id.slice(11)}-${rng.int(100000, 999999)}`;
      if (rng.chance(0.5)) fields.author = rng.chance(0.2) ? rng.pick(["ADN", "RZK", "dwi", "afp/ant", "HRS"]) : personName(rng);
      if (rng.chance(0.4)) fields.editor = personName(rng);
      if (rng.chance(0.3)) fields.via = rng.pick(WIRES);
      if (rng.chance(0.03)) fields.language = "id";
      if (rng.chance(0.7))
        fields.tags = ids(
          zipfTags(
            rng,
            vocab,
            rng.int(1, 5),
            eventTags.filter(() => rng.chance(0.3)),
          ),
        );
      fields.draft = draft;
      const fm = writeFrontmatter(fields, ARTICLE_FIELDS);

      const target = Math.round(120 + 900 * ((rng.next() + rng.next() + rng.next()) / 3)) * (rng.chance(0.05) ? 2 : 1);
      const city = (place?.label ?? rng.pick(["Beijing", "Pyongyang", "Seoul", "Jakarta"])).toUpperCase();
      const dateline = outlet ? `${outlet.toUpperCase()} – ${city}` : city;
      writeFileSync(join(dir, `${articleId}.md`), fm + articleBody(rng, eventTags, target, dateline, `https://contoh.example/${slugify(outlet ?? "sumber")}`));
      written++;
    }
    progress.count(written);
    events++;
  }
  progress.end();
  return { events, articles: written, tags: vocab.tags.length, drafts, files: 2 + events + written };
}
