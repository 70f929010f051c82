// Only the functions Apps Script calls: the menu, its items, and the sidebar's server calls.
// Everything they do lives in src/gas (adapters) and src/core (logic). The build turns each
// export of this module into a top-level function of Code.js.
import type { Who } from "./core/ledger/journal";
import { JOURNAL_TAB } from "./core/ledger/schema";
import {
  addLinks as addFeedLinks,
  cancelImport as cancelJob,
  importStatus,
  reanalyzeAll as reanalyzeLedger,
  runImportBatch,
  startImport as startJob,
  type ImportProgress,
  type ServiceDeps,
} from "./gas/importService";
import type { FeedPick, SourceReaders } from "./gas/itemReaders";
import type { DocsServiceLike, SpreadsheetLike, UrlFetchLike } from "./gas/types";
import { fetchPages } from "./gas/webFetch";

const MENU_TITLE = "Corroborate";

/**
 * The person running this. Without the userinfo.email scope (the add-on asks for none beyond the
 * sheet and its UI) or on a consumer account, the email is blank or refused: the temporary key
 * still tells one user from another without revealing who they are.
 */
function currentUser(): Who {
  let email = "";
  let key = "";
  try {
    email = Session.getActiveUser().getEmail() ?? "";
  } catch {
    email = "";
  }
  try {
    key = Session.getTemporaryActiveUserKey() ?? "";
  } catch {
    key = "";
  }
  return { email, key };
}

/**
 * Links, feeds and Docs. Each service is touched only when an import needs it: a batch of pasted
 * text never calls UrlFetchApp, and a project without the Docs advanced service still imports links.
 */
const sources: SourceReaders = {
  fetchPages: (urls, giveUpAt) =>
    fetchPages(UrlFetchApp as unknown as UrlFetchLike, urls, { now: () => Date.now(), giveUpAt }),
  parseXml: (xml) => XmlService.parse(xml).getRootElement(),
  getDoc: (id) => {
    if (typeof Docs === "undefined" || !Docs) throw new Error("Docs is not defined");
    return (Docs as unknown as DocsServiceLike).Documents.get(id);
  },
};

function deps(): ServiceDeps {
  return {
    ss: SpreadsheetApp.getActiveSpreadsheet() as unknown as SpreadsheetLike,
    lock: LockService.getDocumentLock(),
    props: PropertiesService.getDocumentProperties(),
    now: () => new Date(),
    who: currentUser(),
    flush: () => SpreadsheetApp.flush(),
    sources,
  };
}

/** Builds the add-on menu. Runs in AuthMode.NONE: no properties, no fetch, no sheet access. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem("Import articles…", "showImportSidebar")
    .addItem("Re-analyze all", "reanalyzeAll")
    .addItem("Show conflicts", "showConflicts")
    .addItem("Show run journal", "showJournal")
    .addSeparator()
    .addItem("About", "showAbout")
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showImportSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(MENU_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Sidebar: queues what was pasted (articles, links, feeds, Google Docs) as an import job. */
export function startImport(pasted: string): ImportProgress {
  return startJob(deps(), String(pasted ?? ""));
}

/** Sidebar: queues the feed items the user ticked, into the running job or a new one. */
export function addLinks(jobId: string, picks: FeedPick[]): ImportProgress {
  return addFeedLinks(deps(), String(jobId ?? ""), Array.isArray(picks) ? picks : []);
}

/** Sidebar: runs the next batch of a job (one execution, well under the 6-minute limit). */
export function continueImport(jobId: string): ImportProgress {
  return runImportBatch(deps(), String(jobId ?? ""));
}

/** Sidebar: asks a job to stop after the batch under way. */
export function cancelImport(jobId: string): ImportProgress {
  return cancelJob(deps(), String(jobId ?? ""));
}

/** Sidebar: the import under way, if any, when the sidebar opens or while it waits. */
export function getImportStatus(): ImportProgress {
  return importStatus(deps());
}

export function reanalyzeAll(): void {
  const report = reanalyzeLedger(deps());
  SpreadsheetApp.getUi().alert(MENU_TITLE, report.message, SpreadsheetApp.getUi().ButtonSet.OK);
}

function showTab(name: string, missing: string): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(name);
  if (sheet) ss.setActiveSheet(sheet);
  else SpreadsheetApp.getUi().alert(MENU_TITLE, missing, SpreadsheetApp.getUi().ButtonSet.OK);
}

export function showConflicts(): void {
  showTab("Conflicts", "No conflicts yet: import some articles first.");
}

export function showJournal(): void {
  showTab(JOURNAL_TAB, "No runs yet: the journal starts with the first import.");
}

export function showAbout(): void {
  SpreadsheetApp.getUi().alert(
    MENU_TITLE,
    "Corroborate reads the articles you import, fills Actors, Events and Claims, and flags the values " +
      "on which sources disagree. Every value points to the sentence it came from. " +
      "Columns with italic headers are yours: the add-on never overwrites them. " +
      "The Journal tab records who ran what, when.",
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}
