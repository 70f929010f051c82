// Files and folders named on the command line -> raw articles with their file names. A path that
// cannot be read is reported and skipped; the other articles go on.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";

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
      inputs.push({ path, file: basename(path), raw: readFileSync(path, "utf8") });
    } catch (e) {
      skipped.push(`${path}: ${reason(e)}`);
    }
  }
  return { inputs, skipped };
}
