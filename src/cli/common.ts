/** What the editor's command-line tools share: failing with a usage text, and showing paths. */
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
