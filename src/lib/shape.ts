/**
 * Checks of a value's shape, for values read back from disk (the content cache): a value that is not
 * of the shape the code expects is never used.
 */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
export const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array;
export const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
