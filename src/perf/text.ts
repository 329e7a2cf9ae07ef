/** The prose of the synthetic archive: sentences, paragraphs, article bodies, headlines, ids and summaries. */
import { slugify } from "../content/ids.ts";
import type { Rng } from "./random.ts";
import {
  CLAUSES,
  EVENT_TEMPLATES_TOPIK,
  EVENT_VERBS_TOKOH,
  HEADINGS,
  LINK_PATHS,
  LINK_TEXTS,
  OPENERS,
  PERSON_FIRST,
  PERSON_LAST,
  PLAIN,
  QUOTES,
  SPEAKERS,
  TAILS,
  VERBS,
  type TagDef,
} from "./words.ts";
/** Words while building: space-separated tokens (counts the odd "–", "##" or ">" too). */
export function roughWords(text: string): number {
  let n = 1;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) n++;
  return n;
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const phraseOf = (t: TagDef): string => t.phrase ?? t.label;

/** One sentence; `names` are the event's tags, mentioned now and then. */
export function sentence(rng: Rng, names: readonly TagDef[], openers = true): string {
  const r = rng.next();
  if (r < 0.18) return rng.pick(PLAIN);
  let subject: string;
  const named = names.filter((t) => t.kind === "tokoh" || t.kind === "lembaga");
  if (named.length > 0 && rng.chance(0.45)) subject = phraseOf(rng.pick(named));
  else subject = rng.pick(SPEAKERS);
  let s = `${subject} ${rng.pick(VERBS)} ${rng.pick(CLAUSES)}`;
  if (rng.chance(0.5)) s += ` ${rng.pick(TAILS)}`;
  if (rng.chance(0.25)) {
    const topics = names.filter((t) => t.kind === "topik");
    const place = names.find((t) => t.kind === "tempat");
    if (topics.length > 0) s += `, terutama terkait ${phraseOf(rng.pick(topics))}`;
    else if (place) s += `, khususnya di ${place.label}`;
  }
  if (openers && rng.chance(0.3)) return `${rng.pick(OPENERS)} ${s}.`;
  return `${capitalise(s)}.`;
}

export function paragraph(rng: Rng, names: readonly TagDef[]): string {
  const n = rng.int(2, 4);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(sentence(rng, names));
  return parts.join(" ");
}

/** An article body of about `target` words. */
export function articleBody(rng: Rng, names: readonly TagDef[], target: number, dateline: string, linkBase: string): string {
  const blocks: string[] = [];
  let words = 0;
  const lead = `${dateline} – ${paragraph(rng, names)}`;
  blocks.push(lead);
  words += roughWords(lead);
  let sinceHeading = 1;
  let links = 0;
  while (words < target) {
    let block: string;
    const r = rng.next();
    if (sinceHeading >= 3 && r < 0.12) {
      block = `## ${rng.pick(HEADINGS)}`;
      sinceHeading = 0;
    } else if (r < 0.18) {
      block = `> ${rng.pick(QUOTES)}`;
    } else {
      block = paragraph(rng, names);
      if (links < 2 && rng.chance(0.12)) {
        const text = rng.pick(LINK_TEXTS);
        block += ` Baca ${`[${text}](${linkBase}/${rng.pick(LINK_PATHS)}/${slugify(text)}-${rng.int(1000, 99999)})`} untuk keterangan lebih lanjut.`;
        links++;
      }
      sinceHeading++;
    }
    blocks.push(block);
    words += roughWords(block);
  }
  return `${blocks.join("\n\n")}\n`;
}

export function personName(rng: Rng): string {
  return `${rng.pick(PERSON_FIRST)} ${rng.pick(PERSON_LAST)}`;
}

export function eventTitle(rng: Rng, tags: readonly TagDef[]): string {
  const tokoh = tags.filter((t) => t.kind === "tokoh");
  const lembaga = tags.find((t) => t.kind === "lembaga");
  const tempat = tags.find((t) => t.kind === "tempat");
  const topik = tags.find((t) => t.kind === "topik");
  const where = tempat ? ` di ${tempat.label}` : "";
  const [a, b] = tokoh;
  const options: string[] = [];
  if (a && b) options.push(`${a.label} ${rng.pick(EVENT_VERBS_TOKOH)} ${b.label}${where}`, `Pertemuan ${a.label} dan ${b.label}${where}`);
  if (a && topik) options.push(`${a.label} membahas ${phraseOf(topik)}${where}`, `${a.label} menyoroti ${phraseOf(topik)}`);
  if (a && tempat) options.push(`${a.label} berkunjung ke ${tempat.label}`, `${a.label} tiba di ${tempat.label}`);
  if (lembaga && topik) options.push(`${lembaga.label} melaporkan perkembangan ${phraseOf(topik)}`);
  if (lembaga && a) options.push(`${lembaga.label} memberitakan pesan ${a.label}`);
  if (topik) options.push(rng.pick(EVENT_TEMPLATES_TOPIK).replace("{t}", phraseOf(topik)) + where);
  if (a) options.push(`${a.label} menyampaikan pesan kepada pemimpin ${rng.pick(["China", "Korea Utara"])}`);
  options.push(
    `Pejabat China dan Korea Utara bertemu${where || " di Beijing"}`,
    `Delegasi Korea Utara tiba${where || " di Beijing"}`,
    "China dan Korea Utara menandatangani kesepakatan baru",
  );
  // the first options are the most specific; prefer them
  return options[Math.min(options.length - 1, Math.floor(rng.next() * rng.next() * options.length))] as string;
}

const ID_STOPWORDS = new Set(["di", "ke", "dan", "dengan", "kepada", "soal", "atas", "pada", "untuk", "yang", "dari", "pemimpin"]);

/** The part of an event id after its date: the title's first words, without a dangling "di" or "kepada". */
export function idWords(title: string): string {
  const words = slugify(title).split("-").slice(0, 7);
  while (words.length > 1 && ID_STOPWORDS.has(words[words.length - 1] ?? "")) words.pop();
  return words.join("-");
}

export function eventSummary(rng: Rng, tags: readonly TagDef[]): string {
  const first = sentence(rng, tags, false);
  return rng.chance(0.4) ? `${first} ${sentence(rng, tags, false)}` : first;
}
