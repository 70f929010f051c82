// Small helpers shared by benchmark sections.
import { existsSync } from "node:fs";
import { join } from "node:path";

export const REPO = join(__dirname, "..", "..");
export const SHARED = join(REPO, "..", "shared");
export const sharedPath = (...parts: string[]): string => join(SHARED, ...parts);
export const hasPath = (p: string): boolean => existsSync(p);

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export const pct = (x: number | null | undefined): string =>
  x == null || Number.isNaN(x) ? "n/a" : `${(100 * x).toFixed(0)}%`;
export const fixed = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");
