// People working on one document through the import service, on the in-memory fakes: each user
// has their own lock object and identity; the spreadsheet, lock state and properties are shared.
import {
  runImportBatch,
  startImport,
  type ImportProgress,
  type ServiceDeps,
} from "../../src/gas/importService";
import type { SourceReaders } from "../../src/gas/itemReaders";
import type { DocsServiceLike, UrlFetchLike } from "../../src/gas/types";
import { fetchPages } from "../../src/gas/webFetch";
import { sharedDocument, type FakeUser, type SharedDocument } from "./appsScript";
import { fixtureDocsService, fixtureUrlFetch } from "./fixtureWeb";
import { FakeLock } from "./spreadsheet";
import { fakeXmlService } from "./web";

/** A clock the test moves: `step` ms pass at every reading, `advance` jumps. */
export class Clock {
  constructor(
    public t = Date.parse("2026-02-12T09:00:00Z"),
    public step = 0,
  ) {}
  now = (): Date => {
    const d = new Date(this.t);
    this.t += this.step;
    return d;
  };
  advance(ms: number): void {
    this.t += ms;
  }
}

export const ADA: FakeUser = { email: "ada@newsroom.example", key: "key-ada-0001" };
export const BEN: FakeUser = { email: "ben@newsroom.example", key: "key-ben-0002" };
/** A consumer account: Session gives no email. */
export const NOEMAIL: FakeUser = { email: "", key: "key-anon-7f3e" };

export interface UserDeps extends ServiceDeps {
  flushes: () => number;
}

/** What a user's imports reach beyond the sheet: by default the fixture web and Docs. */
export interface Outside {
  urlFetch?: UrlFetchLike;
  docs?: DocsServiceLike;
}

/** The add-on's SourceReaders over fakes, reading time from the test's clock. */
export function fakeSources(clock: Clock, outside: Outside = {}): SourceReaders {
  const urlFetch = outside.urlFetch ?? fixtureUrlFetch(clock);
  const docs = outside.docs ?? fixtureDocsService();
  return {
    fetchPages: (urls, giveUpAt) => fetchPages(urlFetch, urls, { now: () => clock.t, giveUpAt }),
    parseXml: (xml) => fakeXmlService.parse(xml).getRootElement(),
    getDoc: (id) => docs.Documents.get(id),
  };
}

export function userDeps(
  doc: SharedDocument,
  user: FakeUser,
  clock = new Clock(),
  outside: Outside = {},
): UserDeps {
  let flushes = 0;
  return {
    sources: fakeSources(clock, outside),
    ss: doc.spreadsheet,
    lock: new FakeLock(doc.lockState),
    props: doc.properties,
    now: clock.now,
    who: { email: user.email, key: user.key },
    flush: () => {
      flushes++;
    },
    flushes: () => flushes,
  };
}

/** Starts an import and drives its batches to the end, as the sidebar does. */
export function importAll(
  deps: ServiceDeps,
  pasted: string,
): { start: ImportProgress; batches: ImportProgress[] } {
  const start = startImport(deps, pasted);
  const batches: ImportProgress[] = [];
  let p = start;
  while (p.ok && p.state === "running") {
    p = runImportBatch(deps, start.job);
    batches.push(p);
    if (batches.length > 1000) throw new Error("the import does not end");
  }
  return { start, batches };
}

export { sharedDocument };
