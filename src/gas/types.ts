// The narrow slice of the Apps Script services the add-on uses. Plain methods are picked from
// @types/google-apps-script; chaining methods are restated to return the narrow type. The
// assertions at the bottom fail to compile if the real services stop fitting these shapes, so
// the in-memory fakes in tests/ (which implement these interfaces) stay honest.
import type { XmlElementLike } from "../core/ingest/feed";
import type { DocsDocumentLike } from "../core/ingest/gdoc";

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RangeLike extends Pick<
  GRange,
  "getValues" | "getFormulas" | "getNumRows" | "getNumColumns" | "getBackgrounds" | "getNotes"
> {
  setValues(values: unknown[][]): RangeLike;
  setBackgrounds(colors: (string | null)[][]): RangeLike;
  setNotes(notes: (string | null)[][]): RangeLike;
  setFontWeight(fontWeight: string | null): RangeLike;
  setFontStyle(fontStyle: string | null): RangeLike;
  setFontStyles(fontStyles: ("normal" | "italic" | null)[][]): RangeLike;
  setBackground(color: string | null): RangeLike;
  setWrap(isWrapEnabled: boolean): RangeLike;
  setVerticalAlignment(alignment: string | null): RangeLike;
  setNumberFormat(numberFormat: string): RangeLike;
}

export interface SheetLike extends Pick<
  GSheet,
  "getName" | "getLastRow" | "getLastColumn" | "getMaxRows" | "getMaxColumns" | "isSheetHidden"
> {
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  setFrozenRows(rows: number): void;
  setColumnWidth(columnPosition: number, width: number): SheetLike;
  hideSheet(): SheetLike;
  deleteRows(rowPosition: number, howMany: number): void;
  insertColumnAfter(afterPosition: number): SheetLike;
}

export interface SpreadsheetLike extends Pick<GSpreadsheet, "getId"> {
  getSheetByName(name: string): SheetLike | null;
  insertSheet(sheetName: string): SheetLike;
  setActiveSheet(sheet: SheetLike): SheetLike;
  deleteSheet(sheet: SheetLike): void;
}

/** The document lock, as LockService gives it. */
export type LockLike = Pick<GoogleAppsScript.Lock.Lock, "tryLock" | "releaseLock" | "hasLock">;

/** Document properties: small state kept with the spreadsheet (layout version, running import). */
export interface PropertiesLike extends Pick<GoogleAppsScript.Properties.Properties, "getProperty"> {
  setProperty(key: string, value: string): PropertiesLike;
  deleteProperty(key: string): PropertiesLike;
}

/** Who is running: Session.getActiveUser() and the temporary key that hides the user. */
export interface SessionLike {
  getActiveUser(): { getEmail(): string };
  getTemporaryActiveUserKey(): string;
}

/** One response of UrlFetchApp.fetchAll. */
export interface HttpResponseLike extends Pick<
  GoogleAppsScript.URL_Fetch.HTTPResponse,
  "getResponseCode" | "getAllHeaders" | "getContent"
> {
  getContentText(charset: string): string;
}

/** The options every fetch here sets: failures come back as responses, redirects one hop at a time. */
export interface FetchRequestLike {
  url: string;
  muteHttpExceptions: boolean;
  followRedirects: boolean;
  headers?: Record<string, string>;
}

/** UrlFetchApp: only fetchAll (one fetch is a fetchAll of one). */
export interface UrlFetchLike {
  fetchAll(requests: FetchRequestLike[]): HttpResponseLike[];
}

/** XmlService: parses a feed into elements that core/ingest/feed.ts reads. */
export interface XmlServiceLike {
  parse(xml: string): { getRootElement(): XmlElementLike | null };
}

/** The Docs advanced service (Docs API v1): reading a document needs only documents.readonly. */
export interface DocsServiceLike {
  Documents: { get(documentId: string): DocsDocumentLike };
}

// Compile-time checks: the real services must be assignable to the narrow shapes.
type Fits<Real extends Narrow, Narrow> = Real;
export type RealRangeFits = Fits<GRange, RangeLike>;
export type RealSheetFits = Fits<GSheet, SheetLike>;
export type RealSpreadsheetFits = Fits<GSpreadsheet, SpreadsheetLike>;
export type RealPropertiesFit = Fits<GoogleAppsScript.Properties.Properties, PropertiesLike>;
export type RealSessionFits = Fits<GoogleAppsScript.Base.Session, SessionLike>;
export type RealLockFits = Fits<GoogleAppsScript.Lock.Lock, LockLike>;
export type RealUrlFetchFits = Fits<GoogleAppsScript.URL_Fetch.UrlFetchApp, UrlFetchLike>;
export type RealXmlServiceFits = Fits<GoogleAppsScript.XML_Service.XmlService, XmlServiceLike>;
export type RealDocsFits = Fits<GoogleAppsScript.Docs, DocsServiceLike>;
