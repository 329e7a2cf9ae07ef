/** Site-wide settings, from the environment so that one build can differ from another without code changes. */
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

export function siteConfig(env: NodeJS.ProcessEnv): SiteConfig {
  return {
    title: "Arsip Berita China–Korea Utara",
    description:
      "Arsip berita berbahasa Indonesia tentang hubungan China dan Korea Utara, satu halaman untuk setiap peristiwa dengan liputan dari berbagai media.",
    url: (env.ARSIP_SITE_URL ?? "http://localhost:8080").replace(/\/+$/, ""),
    pathPrefix: normalisePrefix(env.ARSIP_PATH_PREFIX),
  };
}
