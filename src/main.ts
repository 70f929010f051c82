// Only the functions Apps Script calls: the menu, its items, and the sidebar's server calls.
// Everything they do lives in src/gas (adapters) and src/core (logic). The build turns each
// export of this module into a top-level function of Code.js.
import {
  importPasted,
  reanalyzeAll as reanalyzeLedger,
  type ImportReport,
  type ServiceDeps,
} from "./gas/importService";
import type { SpreadsheetLike } from "./gas/types";

const MENU_TITLE = "Corroborate";

function deps(): ServiceDeps {
  return {
    ss: SpreadsheetApp.getActiveSpreadsheet() as unknown as SpreadsheetLike,
    lock: LockService.getDocumentLock(),
    now: () => new Date(),
  };
}

/** Builds the add-on menu. Runs in AuthMode.NONE: no properties, no fetch, no sheet access. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem("Import articles…", "showImportSidebar")
    .addItem("Re-analyze all", "reanalyzeAll")
    .addItem("Show conflicts", "showConflicts")
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

/** Called by the sidebar with the pasted text. */
export function importArticles(pasted: string): ImportReport {
  return importPasted(deps(), String(pasted ?? ""));
}

export function reanalyzeAll(): void {
  const report = reanalyzeLedger(deps());
  SpreadsheetApp.getUi().alert(MENU_TITLE, report.message, SpreadsheetApp.getUi().ButtonSet.OK);
}

export function showConflicts(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName("Conflicts");
  if (sheet) ss.setActiveSheet(sheet);
  else
    SpreadsheetApp.getUi().alert(
      MENU_TITLE,
      "No conflicts yet: import some articles first.",
      SpreadsheetApp.getUi().ButtonSet.OK,
    );
}

export function showAbout(): void {
  SpreadsheetApp.getUi().alert(
    MENU_TITLE,
    "Corroborate reads the articles you import, fills Actors, Events and Claims, and flags the values " +
      "on which sources disagree. Every value points to the sentence it came from. " +
      "Columns with italic headers are yours: the add-on never overwrites them.",
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}
