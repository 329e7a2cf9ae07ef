/** `npm run serve` as a user starts it: its own process on a port the OS picks, stopped with SIGINT. */
import type { ChildProcess } from "node:child_process";
import { spawnScript } from "./cli.ts";

export interface ServeProcess {
  /** the site's address as the command printed it, ending in the path prefix */
  url: string;
  /** everything it printed so far */
  output(): string;
  /** Ctrl+C; resolves with its exit code */
  stop(): Promise<number | null>;
}

export async function startServe(dir: string, env: Record<string, string> = {}): Promise<ServeProcess> {
  const child: ChildProcess = spawnScript("serve", ["--dir", dir, "--port", "0"], env);
  let out = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => (out += d));
  child.stderr?.setEncoding("utf8").on("data", (d: string) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run serve printed no address in 30 s:\n${out}`)), 30_000);
    const look = (): void => {
      const m = /^Site: (http:\/\/\S+)$/m.exec(out);
      if (!m?.[1]) return;
      clearTimeout(timer);
      resolve(m[1]);
    };
    child.stdout?.on("data", look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`npm run serve exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    output: () => out,
    stop: async () => {
      child.kill("SIGINT");
      return exited;
    },
  };
}
