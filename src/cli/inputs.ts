// Files and folders named on the command line -> raw articles with their file names. A path that
// cannot be read is reported and skipped; the other articles go on.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { detectCharset } from "../core/ingest/fetched";
import { remapC1Controls } from "../core/ingest/html/entities";

export const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);

export interface InputFile {
  path: string;
  file: string;
  raw: string;
}

// Errors from fs may come from another realm (jest's sandbox): read the message, not the class.
const reason = (e: unknown): string =>
  typeof e === "object" && e !== null && "message" in e ? String(e.message) : String(e);

/** Expands folders (one level of articles, sorted by name) and reads each article file. */
export function readInputs(paths: string[]): { inputs: InputFile[]; skipped: string[] } {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    try {
      if (statSync(p).isDirectory()) {
        for (const name of readdirSync(p).sort()) {
          const full = join(p, name);
          if (statSync(full).isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()))
            files.push(full);
        }
      } else if (ARTICLE_EXTENSIONS.has(extname(p).toLowerCase())) files.push(p);
      else skipped.push(`${p}: not a .txt, .md or .html file`);
    } catch (e) {
      skipped.push(`${p}: ${reason(e)}`);
    }
  }
  const inputs: InputFile[] = [];
  for (const path of files) {
    try {
      inputs.push({ path, file: basename(path), raw: readText(path) });
    } catch (e) {
      skipped.push(`${path}: ${reason(e)}`);
    }
  }
  return { inputs, skipped };
}

/**
 * A saved page is decoded as the add-on decodes the same page fetched: with the charset its
 * <meta> declares (a page saved from a Latin-1 site is not UTF-8). Other files are UTF-8.
 */
function readText(path: string): string {
  const bytes = readFileSync(path);
  if (!/\.html?$/i.test(path)) return bytes.toString("utf8");
  try {
    const charset = detectCharset(undefined, bytes.subarray(0, 1024));
    const text = new TextDecoder(charset).decode(bytes);
    // Node 20's TextDecoder reads windows-1252 as Latin-1, leaving its curly quotes and dashes
    // as C1 control codes (nodejs/node#56542); Apps Script's getContentText does not.
    return charset === "windows-1252" ? remapC1Controls(text) : text;
  } catch {
    return bytes.toString("utf8");
  }
}
