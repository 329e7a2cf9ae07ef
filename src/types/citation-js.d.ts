/** The part of citation-js (@citation-js/core with its BibTeX and RIS plugins) the project uses. */
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    /** CSL-JSON items, as parsed from the input */
    data: Record<string, unknown>[];
    format(format: "bibtex" | "biblatex" | "ris" | "data", options?: Record<string, unknown>): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
