// An in-memory spreadsheet that behaves like Apps Script where the add-on depends on it:
// 1-based indices, '' for blank cells, getValues returns copies, setValues throws on a size
// mismatch, getLastRow() is 0 on an empty sheet, and strings are read as if typed by a person
// (a leading apostrophe keeps text; "=..." becomes a formula; number- and date-like strings
// become numbers and dates). Every method call is counted, so tests and the benchmark can check
// that tables are read and written in blocks, never cell by cell.
import type { LockLike, PropertiesLike, RangeLike, SheetLike, SpreadsheetLike } from "../../src/gas/types";

export type Stored = string | number | boolean | Date;

interface Cell {
  value: Stored;
  formula: string;
  background: string | null;
  note: string;
  fontStyle: string;
}

const blank = (): Cell => ({ value: "", formula: "", background: null, note: "", fontStyle: "normal" });

export class CallCounter {
  readonly counts = new Map<string, number>();
  /** Calls by tab name ("" for calls on the spreadsheet itself). */
  readonly bySheet = new Map<string, number>();
  /** Runs after every counted call: lets a test act in the middle of a run (a second user, a failure). */
  onCall?: (method: string) => void;
  count(method: string, sheet = ""): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    this.bySheet.set(sheet, (this.bySheet.get(sheet) ?? 0) + 1);
    this.onCall?.(method);
  }
  get(method: string): number {
    return this.counts.get(method) ?? 0;
  }
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
  reset(): void {
    this.counts.clear();
    this.bySheet.clear();
  }
}

/** Evaluates the little arithmetic a test may write; anything else is an error, as in Sheets. */
function evaluateFormula(formula: string): Stored {
  const body = formula.slice(1);
  if (/^[\d\s+\-*/().]+$/.test(body)) {
    try {
      const v = Function(`"use strict"; return (${body});`)() as unknown;
      if (typeof v === "number" && Number.isFinite(v)) return v;
    } catch {
      return "#ERROR!";
    }
  }
  return "#NAME?";
}

/** What Sheets stores when a person types `input` into a cell. */
export function interpretInput(input: unknown): { value: Stored; formula: string } {
  if (input === null || input === undefined) return { value: "", formula: "" };
  if (typeof input === "number" || typeof input === "boolean" || input instanceof Date)
    return { value: input, formula: "" };
  const s = String(input);
  if (s.startsWith("'")) return { value: s.slice(1), formula: "" };
  const t = s.trimStart();
  if (t.startsWith("=")) return { value: evaluateFormula(t), formula: t };
  if (/^[+-]?\d+(\.\d+)?$/.test(t.trim())) return { value: Number(t), formula: "" };
  // A leading +, - or @ before text is parsed as a formula and fails, as typing it in Sheets does.
  if (/^[+\-@]/.test(t)) return { value: "#ERROR!", formula: `=${t}` };
  if (/^\d{4}-\d{2}-\d{2}$/.test(t.trim())) return { value: new Date(`${t.trim()}T00:00:00Z`), formula: "" };
  if (/^(true|false)$/i.test(t.trim())) return { value: t.trim().toLowerCase() === "true", formula: "" };
  return { value: s, formula: "" };
}

export class FakeRange implements RangeLike {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error(`Range out of bounds: (${row}, ${column}, ${numRows}, ${numColumns})`);
    }
  }

  private count(method: string): void {
    this.sheet.counter.count(`Range.${method}`, this.sheet.getName());
  }

  private map<T>(fn: (c: Cell) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.numColumns; c++) row.push(fn(this.sheet.cell(this.row + r, this.column + c)));
      out.push(row);
    }
    return out;
  }

  private checkSize(values: unknown[][], method: string): void {
    if (values.length !== this.numRows || values.some((r) => r.length !== this.numColumns)) {
      const cols = values[0]?.length ?? 0;
      throw new Error(
        `${method}: the data has ${values.length} rows and ${cols} columns, but the range has ${this.numRows} rows and ${this.numColumns} columns.`,
      );
    }
  }

  private write(values: unknown[][], method: string, apply: (cell: Cell, v: unknown) => void): this {
    this.checkSize(values, method);
    values.forEach((row, r) =>
      row.forEach((v, c) => apply(this.sheet.cellForWrite(this.row + r, this.column + c), v)),
    );
    return this;
  }

  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getValues(): unknown[][] {
    this.count("getValues");
    return this.map((c) => (c.value instanceof Date ? new Date(c.value.getTime()) : c.value));
  }
  getFormulas(): string[][] {
    this.count("getFormulas");
    return this.map((c) => c.formula);
  }
  getBackgrounds(): string[][] {
    this.count("getBackgrounds");
    return this.map((c) => c.background ?? "#ffffff");
  }
  getNotes(): string[][] {
    this.count("getNotes");
    return this.map((c) => c.note);
  }
  setValues(values: unknown[][]): this {
    this.count("setValues");
    return this.write(values, "setValues", (cell, v) => Object.assign(cell, interpretInput(v)));
  }
  setBackgrounds(colors: (string | null)[][]): this {
    this.count("setBackgrounds");
    return this.write(colors, "setBackgrounds", (cell, v) => {
      cell.background = v === "#ffffff" ? null : ((v as string | null) ?? null);
    });
  }
  setNotes(notes: (string | null)[][]): this {
    this.count("setNotes");
    return this.write(notes, "setNotes", (cell, v) => {
      cell.note = (v as string | null) ?? "";
    });
  }
  setBackground(color: string | null): this {
    this.count("setBackground");
    return this.write(
      this.map(() => color),
      "setBackground",
      (cell, v) => (cell.background = v as string | null),
    );
  }
  setFontWeight(_w: string | null): this {
    this.count("setFontWeight");
    return this;
  }
  setFontStyle(style: string | null): this {
    this.count("setFontStyle");
    return this.write(
      this.map(() => style),
      "setFontStyle",
      (cell, v) => (cell.fontStyle = (v as string | null) ?? "normal"),
    );
  }
  setFontStyles(styles: ("normal" | "italic" | null)[][]): this {
    this.count("setFontStyles");
    return this.write(
      styles,
      "setFontStyles",
      (cell, v) => (cell.fontStyle = (v as string | null) ?? "normal"),
    );
  }
  setWrap(_wrap: boolean): this {
    this.count("setWrap");
    return this;
  }
  setVerticalAlignment(_a: string | null): this {
    this.count("setVerticalAlignment");
    return this;
  }
  setNumberFormat(_f: string): this {
    this.count("setNumberFormat");
    return this;
  }
}

export class FakeSheet implements SheetLike {
  private cells: Cell[][] = [];
  frozenRows = 0;
  hidden = false;
  readonly widths = new Map<number, number>();

  constructor(
    private readonly name: string,
    readonly counter: CallCounter,
  ) {}

  cell(row: number, column: number): Cell {
    return this.cells[row - 1]?.[column - 1] ?? blank();
  }

  cellForWrite(row: number, column: number): Cell {
    while (this.cells.length < row) this.cells.push([]);
    const r = this.cells[row - 1] as Cell[];
    while (r.length < column) r.push(blank());
    return r[column - 1] as Cell;
  }

  getName(): string {
    return this.name;
  }
  getLastRow(): number {
    this.counter.count("Sheet.getLastRow", this.name);
    for (let r = this.cells.length; r >= 1; r--)
      if (this.cells[r - 1]?.some((c) => c.value !== "" || c.formula)) return r;
    return 0;
  }
  getLastColumn(): number {
    this.counter.count("Sheet.getLastColumn", this.name);
    let last = 0;
    for (const row of this.cells)
      row.forEach((c, i) => (c.value !== "" || c.formula ? (last = Math.max(last, i + 1)) : 0));
    return last;
  }
  getMaxRows(): number {
    return Math.max(1000, this.cells.length);
  }
  getMaxColumns(): number {
    return Math.max(26, ...this.cells.map((r) => r.length));
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    this.counter.count("Sheet.getRange", this.name);
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  setFrozenRows(rows: number): void {
    this.counter.count("Sheet.setFrozenRows", this.name);
    this.frozenRows = rows;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.counter.count("Sheet.setColumnWidth", this.name);
    this.widths.set(columnPosition, width);
    return this;
  }
  hideSheet(): this {
    this.counter.count("Sheet.hideSheet", this.name);
    this.hidden = true;
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.counter.count("Sheet.deleteRows", this.name);
    this.cells.splice(rowPosition - 1, howMany);
  }
  insertColumnAfter(afterPosition: number): this {
    this.counter.count("Sheet.insertColumnAfter", this.name);
    for (const row of this.cells) if (row.length > afterPosition) row.splice(afterPosition, 0, blank());
    return this;
  }

  /** Test helper: the sheet's values as getValues would give them, without counting a call. */
  dump(): Stored[][] {
    return this.cells.map((row) => row.map((c) => c.value));
  }
  /** Test helper: a cell's background and note. */
  look(
    row: number,
    column: number,
  ): { background: string | null; note: string; formula: string; fontStyle: string } {
    const c = this.cell(row, column);
    return { background: c.background, note: c.note, formula: c.formula, fontStyle: c.fontStyle };
  }
}

export class FakeSpreadsheet implements SpreadsheetLike {
  readonly counter = new CallCounter();
  private readonly sheets: FakeSheet[] = [];
  active?: FakeSheet;

  getId(): string {
    return "fake-spreadsheet";
  }
  getSheetByName(name: string): FakeSheet | null {
    this.counter.count("Spreadsheet.getSheetByName", name);
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }
  insertSheet(sheetName: string): FakeSheet {
    this.counter.count("Spreadsheet.insertSheet", sheetName);
    if (this.sheets.some((s) => s.getName() === sheetName)) {
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(sheetName, this.counter);
    this.sheets.push(sheet);
    return sheet;
  }
  setActiveSheet(sheet: SheetLike): SheetLike {
    this.active = sheet as FakeSheet;
    return sheet;
  }
  deleteSheet(sheet: SheetLike): void {
    this.counter.count("Spreadsheet.deleteSheet", sheet.getName());
    const i = this.sheets.indexOf(sheet as FakeSheet);
    if (i < 0) throw new Error("Sheet not found.");
    this.sheets.splice(i, 1);
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  /** Test helper: a tab as header name -> values of each row. */
  table(name: string): Record<string, Stored>[] {
    const sheet = this.sheets.find((s) => s.getName() === name);
    if (!sheet) return [];
    const [headers = [], ...rows] = sheet.dump();
    return rows.map((r) => Object.fromEntries(headers.map((h, i) => [String(h), r[i] ?? ""])));
  }
}

/** A document lock; two FakeLocks built on one `shared` state contend like two users' runs. */
export class FakeLock implements LockLike {
  private readonly token = {};
  constructor(private readonly shared: { holder: object | null } = { holder: null }) {}
  tryLock(_timeoutInMillis: number): boolean {
    if (this.shared.holder && this.shared.holder !== this.token) return false;
    this.shared.holder = this.token;
    return true;
  }
  releaseLock(): void {
    if (this.shared.holder === this.token) this.shared.holder = null;
  }
  hasLock(): boolean {
    return this.shared.holder === this.token;
  }
}

/** Apps Script refuses a property value over 9 KB and a store over 500 KB. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export class FakeProperties implements PropertiesLike {
  readonly store = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    const bytes = (s: string): number => Buffer.byteLength(s, "utf8");
    if (bytes(key) + bytes(value) > PROPERTY_VALUE_LIMIT)
      throw new Error(`Argument too large: value (${bytes(value)} bytes) for property ${key}`);
    let total = bytes(key) + bytes(value);
    for (const [k, v] of this.store) if (k !== key) total += bytes(k) + bytes(v);
    if (total > PROPERTY_STORE_LIMIT) throw new Error("You have exceeded the property storage quota.");
    this.store.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
}
