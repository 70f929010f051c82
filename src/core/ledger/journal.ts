// The run journal: one row per batch of every run (import, re-analysis, cancel, local run), so the
// people sharing a ledger can see who brought in what, when, and what failed.
import type { Article } from "../model";
import type { RowValues } from "./tables";

/** Who runs something. Apps Script gives the email only when the account's policy allows it. */
export interface Who {
  email: string;
  /** A key unique to the user that reveals nothing (Session.getTemporaryActiveUserKey). */
  key: string;
}

/** How a person is named in messages and in the journal. */
export function whoLabel(who: Who): string {
  if (who.email) return who.email;
  return who.key
    ? `a user whose email is not shared (${who.key.slice(0, 6)})`
    : "a user whose email is not shared";
}

export type JournalAction = "import" | "re-analyze" | "cancel" | "local run";

export interface JournalEntry {
  when: string;
  who: string;
  action: JournalAction;
  run: string;
  batch?: number;
  items: number;
  imported: Article[];
  duplicates: number;
  failed: Article[];
  result: string;
}

/** How an article is named to people: its title, else its address or file, else its id. */
export const titleOf = (a: Article): string => a.title ?? a.url ?? a.file ?? a.id;

export function journalRow(e: JournalEntry): RowValues {
  return {
    When: e.when,
    Who: e.who,
    Action: e.action,
    Run: e.run,
    Batch: e.batch ?? "",
    Items: e.items,
    Imported: e.imported.length,
    Duplicates: e.duplicates,
    Failed: e.failed.length,
    Sources: e.imported.map((a) => `${a.id} ${titleOf(a)}`).join("\n"),
    Failures: e.failed.map((a) => `${titleOf(a)}: ${a.error ?? a.status}`).join("\n"),
    Result: e.result,
  };
}
