/** What the command-line tools share: failing with a usage text, showing paths, finding a free port. */
import { createServer } from "node:net";
import { relative, sep } from "node:path";

/** A `fail(code, message)` for one command: exit 2 (wrong command line) also prints the usage. */
export function failWith(usage: string): (code: 1 | 2, message: string) => never {
  return (code, message) => {
    console.error(code === 2 ? `${message}\n\n${usage}` : message);
    process.exit(code);
  };
}

/** A path as the user should see it: relative to the current folder when inside it. */
export function show(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return (rel === "" || rel.startsWith("..") ? abs : rel).split(sep).join("/");
}

/** A TCP port on 127.0.0.1 that is free right now (for a dev server started by the bench or a test). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolvePort(port));
    });
  });
}
