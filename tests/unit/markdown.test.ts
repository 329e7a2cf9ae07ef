import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/site/markdown.ts";

describe("renderMarkdown", () => {
  it("renders paragraphs, emphasis and quotes", () => {
    expect(renderMarkdown("Satu *dua*.\n\n> kutipan")).toBe("<p>Satu <em>dua</em>.</p>\n<blockquote>\n<p>kutipan</p>\n</blockquote>\n");
  });
  it("shows raw HTML as text", () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<iframe src="https://evil"></iframe>');
    expect(html).not.toMatch(/<script|<img|<iframe/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
  it.each(["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x", "file:///etc/passwd"])(
    "does not make %s a link",
    (url) => {
      const html = renderMarkdown(`[klik](${url})`);
      expect(html).not.toContain("<a");
      expect(renderMarkdown(`![gambar](${url})`)).not.toContain("<img");
    },
  );
  it.each(["/berita/123", "halaman.html", "../atas", "//evil.example/x", "\\\\evil\\x"])(
    "keeps the relative or protocol-relative address %s as text",
    (url) => {
      expect(renderMarkdown(`[teks](${url})`)).not.toContain("<a");
    },
  );

  it("keeps in-page anchors and mail links", () => {
    expect(renderMarkdown("[atas](#kontan)")).toBe('<p><a href="#kontan">atas</a></p>\n');
    expect(renderMarkdown("[surat](mailto:redaksi@example.org)")).toContain('href="mailto:redaksi@example.org"');
  });

  it("marks web links as external", () => {
    expect(renderMarkdown("[AP](https://apnews.com/)")).toBe('<p><a href="https://apnews.com/" rel="external noopener noreferrer">AP</a></p>\n');
  });
  it("prints template syntax literally", () => {
    expect(renderMarkdown("{{ site.title }} dan {% include 'x' %}")).toBe("<p>{{ site.title }} dan {% include 'x' %}</p>\n");
  });
  it("shifts body headings below the page and section headings", () => {
    expect(renderMarkdown("# Satu\n\n## Dua\n\n###### Enam")).toBe("<h3>Satu</h3>\n<h3>Dua</h3>\n<h6>Enam</h6>\n");
  });
  it("renders pathological input without backtracking (a hang fails the test timeout)", { timeout: 10_000 }, () => {
    expect(renderMarkdown(`a${"*".repeat(70_000)}b`)).toContain("*".repeat(1000));
    expect(renderMarkdown("[".repeat(50_000))).toContain("[".repeat(1000));
  });
});
