/**
 * The one configured markdown-it. Bodies are data, never templates: raw HTML is shown as text
 * (`html: false`), `javascript:`, `vbscript:`, `file:` and `data:` links are not links, and
 * `{{ }}` / `{% %}` are ordinary characters because no template engine ever sees a body.
 * Nothing in a body makes the page load anything: an image (`![alt](src)`) is shown as its alt
 * text, never as an `<img>`, and a protocol-relative `//host/…` address is not a link.
 */
import MarkdownIt from "markdown-it";

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

  // Headings in a body sit under the page's own h1 and the section's h2: shift them to start at h3.
  md.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
    const token = tokens[idx];
    if (token) token.tag = `h${Math.min(6, Math.max(3, Number(token.tag.slice(1)) + 1))}`;
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
  return md;
}

const md = create();

/** Render a markdown body to safe HTML. */
/** Text as HTML text: `&`, `<`, `>` and `"` escaped. */
export function escapeHtml(text: string): string {
  return md.utils.escapeHtml(text);
}

export function renderMarkdown(body: string): string {
  return md.render(body);
}

/** A body as safe HTML; "" for a body with no text (an event without background). */
export function bodyHtml(body: string): string {
  return body.trim() === "" ? "" : renderMarkdown(body);
}

/**
 * `view` with an `html` field that renders `body` the first time it is read: a build renders each
 * body once, and `npm run check`, which never reads it, never pays for it.
 */
export function withBodyHtml<T extends object>(view: T, body: string): T & { readonly html: string } {
  let html: string | undefined;
  return Object.defineProperty(view, "html", { enumerable: true, get: () => (html ??= bodyHtml(body)) }) as T & { readonly html: string };
}
