/** Site-wide settings, from the environment so that one build can differ from another without code changes. */ import {
  msg,
  type Msg,
} from "../lib/messages/index.ts";
import { folderOf, PREVIEW, SECTIONS } from "../lib/routes.ts";

export interface SiteConfig {
  title: string;
  description: string;
  /** absolute site URL without trailing slash, e.g. https://arsip.example.org */
  url: string;
  /** path prefix the site is served under, with leading and trailing slash, e.g. `/` or `/arsip-korut/` */
  pathPrefix: string;
}

export function normalisePrefix(prefix: string | undefined): string {
  const p = (prefix ?? "/").trim();
  if (p === "" || p === "/") return "/";
  return `/${p.replace(/^\/+|\/+$/g, "")}/`;
}

/** The folders of the site's own addresses: a path prefix may not hold one as a segment. */
export const SITE_FOLDERS = [...Object.values(SECTIONS), PREVIEW.script].map((path) => folderOf(path).split("/")[0] ?? "").filter((f) => f !== "");

/** The site URL of a build that was given none: right for the live preview, wrong for a published site. */
export const DEFAULT_SITE_URL = "http://localhost:8080";

/**
 * What is wrong with the settings in `env`, one line each: ARSIP_SITE_URL must be an absolute
 * http(s) address (it goes into every feed, canonical link and the sitemap) and ARSIP_PATH_PREFIX
 * a path (the part of the address after the host).
 */
export function siteConfigProblems(env: NodeJS.ProcessEnv): Msg[] {
  const problems: Msg[] = [];
  const url = env.ARSIP_SITE_URL;
  if (url !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || (parsed.protocol !== "https:" && parsed.protocol !== "http:") || !/^https?:\/\//i.test(url.trim())) {
      problems.push(msg("config.url-incomplete", { url }));
    } else if (parsed.search !== "" || parsed.hash !== "" || parsed.username !== "" || parsed.password !== "") {
      problems.push(msg("config.url-extra", { url }));
    } else if (parsed.pathname !== "/") {
      problems.push(msg("config.url-path", { url, path: parsed.pathname, origin: parsed.origin }));
    }
  }
  const prefix = env.ARSIP_PATH_PREFIX;
  if (prefix !== undefined && (!/^\/?(?:[A-Za-z0-9._~-]+\/?)*$/.test(prefix.trim()) || prefix.split("/").some((s) => s === "." || s === ".."))) {
    problems.push(msg("config.prefix", { prefix }));
  } else if (prefix !== undefined) {
    // a link to /arsip/ under the prefix /arsip/ already starts with the prefix, and HtmlBasePlugin
    // leaves it as it is: links into the section would lead elsewhere (/arsip/ to the home page).
    // Only the first segment can make an address of the site start with the prefix.
    const section = prefix.split("/").find((s) => s !== "");
    if (section !== undefined && SITE_FOLDERS.includes(section))
      problems.push(msg("config.prefix-section", { prefix, section, folders: SITE_FOLDERS.join(", ") }));
  }
  return problems;
}

export function siteConfig(env: NodeJS.ProcessEnv): SiteConfig {
  return {
    title: "Arsip Berita China–Korea Utara",
    description:
      "Arsip berita berbahasa Indonesia tentang hubungan China dan Korea Utara, satu halaman untuk setiap peristiwa dengan liputan dari berbagai media.",
    url: (env.ARSIP_SITE_URL ?? DEFAULT_SITE_URL).trim().replace(/\/+$/, ""),
    pathPrefix: normalisePrefix(env.ARSIP_PATH_PREFIX),
  };
}
