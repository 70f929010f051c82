// Fakes of the Apps Script globals that src/main.ts touches (SpreadsheetApp, HtmlService,
// LockService), for loading dist/Code.js in a bare vm context.
import { FakeLock, FakeSpreadsheet } from "./spreadsheet";

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
}

export function appsScriptFakes(
  spreadsheet = new FakeSpreadsheet(),
  lockState = { holder: null as object | null },
): AppsScriptFakes {
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
  const globals = {
    SpreadsheetApp: {
      getUi: () => ui,
      getActiveSpreadsheet: () => spreadsheet,
    },
    HtmlService: {
      createHtmlOutputFromFile: (file: string) => {
        const out = { file, title: "", setTitle: (t: string) => ((out.title = t), out) };
        return out;
      },
    },
    LockService: { getDocumentLock: () => new FakeLock(lockState) },
  };
  return { globals, menus, alerts, sidebars, spreadsheet };
}
