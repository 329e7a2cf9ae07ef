/**
 * Storylines, `articles/rangkaian.yaml` (optional): events that belong to one longer story (the
 * Kim–Xi message exchanges, delegations around anniversaries), each storyline an id with its
 * title, its summary and the ids of its events. The list is the one place a storyline's
 * membership is written; its events are told in the order of their dates.
 */
import { z } from "zod";
import { msg } from "../lib/messages/index.ts";
import { text } from "./field-types.ts";
import { readIdMapFile, type LoadedIdMap } from "./vocabulary.ts";

/** The file name of the storylines inside the articles folder. */
export const STORYLINES_FILE = "rangkaian.yaml";

export const storylineSchema = z.strictObject({
  title: text,
  summary: text,
  events: z.array(z.string().trim().min(1, "field.empty")).min(1, "storyline.no-events"),
});
export type StorylineFields = z.output<typeof storylineSchema>;
export const STORYLINE_FIELDS = Object.keys(storylineSchema.shape);

/** Read rangkaian.yaml at `abs` (none there: no storylines); `file` is how messages name it. */
export function readStorylinesFile(abs: string, file: string): LoadedIdMap<StorylineFields> {
  return readIdMapFile(abs, file, {
    schema: storylineSchema,
    fields: STORYLINE_FIELDS,
    notMap: msg("storylines.not-map"),
    badId: (reason) => msg("storylines.bad-id", { reason }),
  });
}
