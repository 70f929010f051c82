// Files and folders named on the command line -> raw articles with their file names.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";

export const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);

export interface InputFile {
  path: string;
  file: string;
  raw: string;
}

/** Expands folders (one level of articles, sorted by name) and reads each article file. */
export function readInputs(paths: string[]): { inputs: InputFile[]; skipped: string[] } {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const full = join(p, name);
        if (statSync(full).isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) files.push(full);
      }
    } else if (ARTICLE_EXTENSIONS.has(extname(p).toLowerCase())) files.push(p);
    else skipped.push(p);
  }
  const inputs = files.map((path) => ({ path, file: basename(path), raw: readFileSync(path, "utf8") }));
  return { inputs, skipped };
}
