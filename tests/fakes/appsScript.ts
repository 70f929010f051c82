// Fakes of the Apps Script globals that src/main.ts touches (SpreadsheetApp, HtmlService,
// LockService, PropertiesService, Session, and for links UrlFetchApp, XmlService and the Docs
// advanced service over the fixture web), for loading dist/Code.js in a bare vm context. Two
// users of one document share the spreadsheet, the lock state and the document properties.
import { fixtureDocsService, fixtureUrlFetch } from "./fixtureWeb";
import { FakeLock, FakeProperties, FakeSpreadsheet } from "./spreadsheet";
import { fakeXmlService, type FakeUrlFetchApp } from "./web";

export interface MenuItem {
  caption: string;
  functionName: string;
}

export class FakeMenu {
  readonly items: (MenuItem | "separator")[] = [];
  added = false;
  addItem(caption: string, functionName: string): this {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.items.push("separator");
    return this;
  }
  addToUi(): void {
    this.added = true;
  }
}

export interface AppsScriptFakes {
  globals: Record<string, unknown>;
  menus: FakeMenu[];
  alerts: string[];
  sidebars: { file: string; title: string }[];
  spreadsheet: FakeSpreadsheet;
  properties: FakeProperties;
  flushes: number;
  urlFetch: FakeUrlFetchApp;
}

/** A user as Session shows them. `email` is "" when the account does not share it. */
export interface FakeUser {
  email: string;
  key: string;
}

/** The state one document shares between its users. */
export interface SharedDocument {
  spreadsheet: FakeSpreadsheet;
  lockState: { holder: object | null };
  properties: FakeProperties;
}

export const sharedDocument = (): SharedDocument => ({
  spreadsheet: new FakeSpreadsheet(),
  lockState: { holder: null },
  properties: new FakeProperties(),
});

export function appsScriptFakes(
  doc: SharedDocument = sharedDocument(),
  user: FakeUser = { email: "editor@example.org", key: "key-editor-1" },
): AppsScriptFakes {
  const { spreadsheet, lockState, properties } = doc;
  const menus: FakeMenu[] = [];
  const alerts: string[] = [];
  const sidebars: { file: string; title: string }[] = [];
  const ui = {
    ButtonSet: { OK: "OK" },
    createAddonMenu: () => {
      const m = new FakeMenu();
      menus.push(m);
      return m;
    },
    alert: (title: string, message?: string) => {
      alerts.push(message ?? title);
      return "OK";
    },
    showSidebar: (html: { file: string; title: string }) => {
      sidebars.push(html);
    },
  };
  const fakes: AppsScriptFakes = {
    globals: {},
    menus,
    alerts,
    sidebars,
    spreadsheet,
    properties,
    flushes: 0,
    urlFetch: fixtureUrlFetch(),
  };
  fakes.globals = {
    SpreadsheetApp: {
      getUi: () => ui,
      getActiveSpreadsheet: () => spreadsheet,
      flush: () => {
        fakes.flushes++;
      },
    },
    HtmlService: {
      createHtmlOutputFromFile: (file: string) => {
        const out = { file, title: "", setTitle: (t: string) => ((out.title = t), out) };
        return out;
      },
    },
    LockService: { getDocumentLock: () => new FakeLock(lockState) },
    PropertiesService: { getDocumentProperties: () => properties },
    Session: {
      getActiveUser: () => ({ getEmail: () => user.email }),
      getTemporaryActiveUserKey: () => user.key,
    },
    UrlFetchApp: fakes.urlFetch,
    XmlService: fakeXmlService,
    Docs: fixtureDocsService(),
  };
  return fakes;
}
