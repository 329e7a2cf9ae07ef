// Eleventy 3 ships no type declarations; this names the exports this project uses.
declare module "@11ty/eleventy" {
  import type { EleventyConfig } from "../../.eleventy.ts";
  export const HtmlBasePlugin: unknown;
  export class Eleventy {
    constructor(
      input: string,
      output: string,
      options?: {
        configPath?: string;
        quietMode?: boolean;
        runMode?: "build" | "watch" | "serve";
        pathPrefix?: string;
        config?: (config: EleventyConfig) => void | Promise<void>;
      },
    );
    init(): Promise<void>;
    disableLogger(): void;
    write(): Promise<unknown>;
    /** resolves with the function that runs one rebuild for a changed path */
    watch(): Promise<(path: string) => Promise<void>>;
    watcher: { on(event: "error", fn: (error: NodeJS.ErrnoException) => void): void; on(event: string, fn: (path: string) => void): void };
    /** the watch's state: whether one of its runs is under way */
    watchManager: { isBuildRunning(): boolean };
    serve(port: number): Promise<void>;
    stopWatch(): Promise<void>;
  }
}
