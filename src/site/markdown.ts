/**
 * The one configured markdown-it. Bodies are data, never templates: raw HTML is shown as text
 * (`html: false`), `javascript:`, `vbscript:`, `file:` and `data:` links are not links, and
 * `{{ }}` / `{% %}` are ordinary characters because no template engine ever sees a body.
 * Nothing in a body makes the page load anything: an image (`![alt](src)`) is shown as its alt
 * text, never as an `<img>`, and a protocol-relative `//host/…` address is not a link.
 */
import { lightly } from "../lib/lightly.ts";
import MarkdownIt from "markdown-it";
import { WORD } from "../lib/words.ts";

/**
 * Links a body may keep: web and mail addresses, and anchors within the page. A relative address
 * (`/berita/123`, `halaman.html`) pointed into the source site and would be broken here: it stays text.
 */
const SAFE_PROTOCOL = /^(?:https?:\/\/|mailto:|#)/i;

function create(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  // stricter than markdown-it's default: only web, mail and in-page links
  md.validateLink = (url: string): boolean => {
    const u = url.trim();
    return SAFE_PROTOCOL.test(u);
  };

  // An image would be fetched from wherever its address points: show its alt text (or, with none, its address) instead.
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (!token) return "";
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    return md.utils.escapeHtml(alt.trim() === "" ? (token.attrGet("src") ?? "") : alt);
  };

  // Headings in a body sit under the headings of the page around it: shift them to start one level
  // below (h3 under a section's h2 by default; h4 inside an article, whose own heading is an h3).
  md.renderer.rules.heading_open = (tokens, idx, options, env: RenderEnv, self) => {
    const token = tokens[idx];
    const top = env.headingLevel ?? 3;
    if (token) token.tag = `h${Math.min(6, Math.max(top, Number(token.tag.slice(1)) + top - 2))}`;
    return self.renderToken(tokens, idx, options);
  };
  md.renderer.rules.heading_close = md.renderer.rules.heading_open;

  // Links to other sites are marked as external and open without handing over the page.
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = token?.attrGet("href") ?? "";
    if (token && /^https?:\/\//i.test(href)) {
      token.attrSet("rel", "external noopener noreferrer");
    }
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  // The links after shared words that end inside a link of the text come after that link: never a link in a link.
  const defaultLinkClose = md.renderer.rules.link_close ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_close = (tokens, idx, options, env, self) => {
    const see = (tokens[idx]?.meta as { see?: Mark["see"] } | null)?.see;
    return defaultLinkClose(tokens, idx, options, env, self) + (see && see.length > 0 ? seeHtml(see) : "");
  };
  // A text token with marks (a passage other articles of the event share) wraps each in <mark>.
  const defaultText = md.renderer.rules.text ?? ((tokens, idx) => md.utils.escapeHtml(tokens[idx]?.content ?? ""));
  md.renderer.rules.text = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const meta = token?.meta as { marks?: readonly Mark[]; differs?: { words: ReadonlySet<number>; base: number } } | null;
    const marks = meta?.marks;
    if (!token || !marks) return defaultText(tokens, idx, options, env, self);
    const text = token.content;
    let html = "";
    let at = 0;
    const esc = md.utils.escapeHtml;
    // unmarked text: as it is, or, in a comparison, with the words the other texts lack told apart
    // (differs.words: their numbers in the block, this token's first word being differs.base)
    const differs = meta.differs;
    const found = differs ? [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
    const plain = (from: number, to: number): string => {
      if (!differs) return esc(text.slice(from, to));
      let out = "";
      let at = from;
      let open = false;
      found.forEach(({ start, end }, k) => {
        if (start < from || start >= to) return;
        const odd = differs.words.has(differs.base + k);
        const gap = text.slice(at, start);
        // differing words one space apart are one differing stretch
        if (open && (!odd || !/^\s+$/.test(gap))) {
          out += "</span>";
          open = false;
        }
        out += esc(gap);
        if (odd && !open) {
          out += '<span class="beda">';
          open = true;
        }
        out += esc(text.slice(start, end));
        at = end;
      });
      if (open) out += "</span>";
      return out + esc(text.slice(at, to));
    };
    for (const m of marks) {
      html += plain(at, m.start);
      // the run's anchor on an empty element of its own just before it, hidden from the search index (which
      // would keep every id of an indexed page as an anchor of its own)
      if (m.id !== undefined) html += `<span id="${esc(m.id)}" data-pagefind-ignore></span>`;
      html += `<mark class="bersama" data-liputan-bersama="${esc(m.others.join(" "))}">`;
      // a text browser shows no tint: brackets it hides from the eye and from screen readers and search
      if (m.opens) html += CUE_OPEN;
      html += esc(text.slice(m.start, m.end));
      if (m.closes) html += CUE_CLOSE;
      html += "</mark>";
      if (m.see && m.see.length > 0) html += seeHtml(m.see);
      at = m.end;
    }
    return html + plain(at, text.length);
  };
  return md;
}

/** The outlets that print a run of shared words too, after it: links to the same words in their texts. */
function seeHtml(see: NonNullable<Mark["see"]>): string {
  const esc = md.utils.escapeHtml;
  const links = see.map((l) => `<a href="${esc(l.href)}">${esc(l.label)}</a>`).join(", ");
  return `<sup class="sama" data-pagefind-ignore><span class="visually-hidden">(sama dengan </span>${links}<span class="visually-hidden">)</span></sup>`;
}

/** The brackets around a run of shared words for text browsers (hidden by the style sheet, from screen readers and from search). */
const CUE_OPEN = '<span class="cue" aria-hidden="true" data-pagefind-ignore>⟦</span>';
const CUE_CLOSE = '<span class="cue" aria-hidden="true" data-pagefind-ignore>⟧</span>';

const md = create();

/** Text as HTML text: `&`, `<`, `>` and `"` escaped. */
export function escapeHtml(text: string): string {
  return md.utils.escapeHtml(text);
}

/** A stretch of one text segment to mark: characters [start, end), shared with the articles `others`. */
export interface Mark {
  start: number;
  end: number;
  others: readonly string[];
  /** the mark's anchor (the first piece of a run of marked words) */
  id?: string;
  /** the first or the last piece of its run: where a text browser shows ⟦ and ⟧ */
  opens?: true;
  closes?: true;
  /** links printed after the mark: where the same words are printed (label: the outlet) */
  see?: readonly { href: string; label: string }[];
}

/** A piece of a body's text: one text token, with the inline block it is in and that block's top-level block (paragraph, list, quotation…), counted from 0. */
export interface TextSegment {
  text: string;
  block: number;
  top: number;
  breakBefore?: true;
}

/**
 * The text segments of a body, in document order: the content of every text token of every
 * inline block. Marks (shared-passages.ts) are given per segment index, and rendering walks the
 * same segments, so the two always agree.
 */
export function textSegments(body: string): TextSegment[] {
  const out: TextSegment[] = [];
  let top = -1;
  md.parse(body, {}).forEach((token, block) => {
    if (token.level === 0 && token.nesting >= 0) top++;
    if (token.type !== "inline") return;
    // a line break inside a paragraph separates words as a space does (`breakBefore` on the text after it)
    let broken = false;
    for (const child of token.children ?? []) {
      if (child.type === "softbreak" || child.type === "hardbreak") broken = true;
      if (child.type !== "text") continue;
      out.push({ text: child.content, block, top, ...(broken && { breakBefore: true as const }) });
      broken = false;
    }
  });
  return out;
}

interface RenderEnv {
  /** the level of a body's top headings (`#`); 3 when not given */
  headingLevel?: number;
}

export interface RenderOptions {
  /** passages to wrap in `<mark data-liputan-bersama="…">`, by text segment (see textSegments) */
  marks?: ReadonlyMap<number, readonly Mark[]> | undefined;
  /** the level of the body's top headings; 3 when not given */
  headingLevel?: number;
  /** fold a long body: when it has at least `min` top-level blocks, everything after the first `keep` goes into `rest` */
  fold?: { keep: number; min: number };
  /** rows of a comparison: the row (`data-baris`) of each top-level block that has one */
  rows?: ReadonlyMap<number, number> | undefined;
  /** per top-level block, the words (numbered from 0 in the block, as WORD finds them) shown as differing from the other texts (`<span class="beda">`) */
  differing?: ReadonlyMap<number, ReadonlySet<number>> | undefined;
}

/**
 * Render options made only when the body is rendered (the marks of shared passages, which a page
 * kept from the previous build never needs), named in the view's JSON by `key`: the key of the
 * texts they are made from. The outlets the marks name are the articles' own, in the page's JSON
 * already.
 */
export interface DeferredOptions {
  key: string;
  make: () => RenderOptions;
}

/** A rendered body: all of it in `html`, or, when folded, the first blocks in `html` and the others in `rest`. */
export interface RenderedBody {
  html: string;
  /** the folded remainder ("" when the body is not folded) */
  rest: string;
  /** how many top-level blocks (paragraphs, quotations, lists…) `rest` holds */
  restBlocks: number;
}

/** Render a markdown body to safe HTML. */
export function renderBody(body: string, options: RenderOptions = {}): RenderedBody {
  const env: RenderEnv = options.headingLevel === undefined ? {} : { headingLevel: options.headingLevel };
  const tokens = md.parse(body, env);
  const { marks, fold, rows, differing } = options;
  if ((marks && marks.size > 0) || rows || differing) {
    let segment = 0;
    let top = -1;
    let wordInTop = 0;
    for (const token of tokens) {
      if (token.level === 0 && token.nesting >= 0) {
        top++;
        wordInTop = 0;
        const row = rows?.get(top);
        if (row !== undefined) token.attrSet("data-baris", String(row));
      }
      if (token.type !== "inline") continue;
      // inside a link of the text, the links after shared words wait for the link's end
      let inLink = false;
      let waiting: NonNullable<Mark["see"]>[number][] = [];
      for (const child of token.children ?? []) {
        if (child.type === "link_open") inLink = true;
        if (child.type === "link_close") {
          inLink = false;
          if (waiting.length > 0) child.meta = { see: waiting };
          waiting = [];
        }
        if (child.type !== "text") continue;
        let own = marks?.get(segment++) ?? [];
        if (inLink && own.some((m) => m.see)) {
          for (const m of own) waiting.push(...(m.see ?? []));
          own = own.map(({ see: _see, ...m }) => m);
        }
        const words = differing?.get(top);
        const differs = words && { words, base: wordInTop };
        wordInTop += words ? (child.content.match(WORD)?.length ?? 0) : 0;
        if (own.length > 0 || differs) child.meta = { marks: own, ...(differs && { differs }) };
      }
    }
  }
  // where each top-level block ends: a closing token, or a self-contained one (fence, rule), at level 0
  const ends: number[] = [];
  tokens.forEach((t, i) => {
    if (t.level === 0 && t.nesting <= 0) ends.push(i + 1);
  });
  const cut = fold && ends.length >= fold.min ? ends[fold.keep - 1] : undefined;
  if (cut === undefined) return { html: md.renderer.render(tokens, md.options, env), rest: "", restBlocks: 0 };
  return {
    html: md.renderer.render(tokens.slice(0, cut), md.options, env),
    rest: md.renderer.render(tokens.slice(cut), md.options, env),
    restBlocks: ends.length - (fold?.keep ?? 0),
  };
}

/**
 * A body as plain text, for data exports: the text of each block (paragraph, heading, list item,
 * quotation) without markdown syntax, blocks separated by a blank line. Nothing is escaped: the
 * caller writes it into JSON or CSV, never into HTML.
 */
export function plainText(body: string): string {
  const blocks: string[] = [];
  for (const token of md.parse(body, {})) {
    if (token.type === "inline") {
      blocks.push((token.children ?? []).map((c) => (c.type === "softbreak" || c.type === "hardbreak" ? "\n" : c.content)).join(""));
    } else if (token.type === "fence" || token.type === "code_block") {
      blocks.push(token.content.replace(/\n$/, ""));
    }
  }
  return blocks.join("\n\n");
}

/** Render a markdown body to safe HTML; `marks` wraps shared passages in `<mark data-liputan-bersama="…">`. */
export function renderMarkdown(body: string, marks?: ReadonlyMap<number, readonly Mark[]>): string {
  return renderBody(body, { marks }).html;
}

/** A body as safe HTML; "" for a body with no text (an event without background). */
export function bodyHtml(body: string, marks?: ReadonlyMap<number, readonly Mark[]>): string {
  return body.trim() === "" ? "" : renderMarkdown(body, marks);
}

/**
 * As JSON (page-list.ts fingerprints pages by their JSON), a view with lazily rendered fields shows
 * its other fields and what the lazy ones are rendered from, never the rendered HTML: a
 * fingerprint does not render a body.
 */
function serialisesSource(view: object, source: unknown): void {
  Object.defineProperty(view, "toJSON", {
    enumerable: false,
    value(this: object) {
      const plain: Record<string, unknown> = {};
      for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(this))) if (d.enumerable && "value" in d) plain[key] = d.value;
      return { ...plain, renderedFrom: source };
    },
  });
}

const marksJson = (marks: ReadonlyMap<number, readonly Mark[]> | undefined) => (marks ? [...marks] : null);

/**
 * `view` with an `html` field that renders `body` the first time it is read: a build renders each
 * body once, and `npm run check`, which never reads it, never pays for it.
 */
export function withBodyHtml<T extends object>(view: T, body: string, marks?: ReadonlyMap<number, readonly Mark[]>): T & { readonly html: string } {
  const rendered = lightly(() => ({ html: bodyHtml(body, marks) }));
  serialisesSource(view, { body, marks: marksJson(marks) });
  return Object.defineProperty(view, "html", { enumerable: true, get: () => rendered().html }) as T & { readonly html: string };
}

/**
 * `view` with the fields of a folded body (`html`, `rest`, `restBlocks`), rendered together the first
 * time any of them is read. `bodySha256`, when the caller has it already (an article's fingerprint),
 * stands for the body in the view's JSON: the body is not hashed twice.
 */
export function withRenderedBody<T extends object>(
  view: T,
  body: string,
  options: RenderOptions | DeferredOptions,
  bodySha256?: string,
): T & Readonly<RenderedBody> {
  const optionsOf = (): RenderOptions => ("make" in options ? options.make() : options);
  const get = lightly((): RenderedBody => (body.trim() === "" ? { html: "", rest: "", restBlocks: 0 } : renderBody(body, optionsOf())));
  const from = "make" in options ? { options: options.key } : { ...options, marks: marksJson(options.marks) };
  serialisesSource(view, { body: bodySha256 === undefined ? body : { sha256: bodySha256 }, ...from });
  return Object.defineProperties(view, {
    html: { enumerable: true, get: () => get().html },
    rest: { enumerable: true, get: () => get().rest },
    restBlocks: { enumerable: true, get: () => get().restBlocks },
  }) as T & Readonly<RenderedBody>;
}
