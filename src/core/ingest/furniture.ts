// Page furniture: the parts of a saved or copied web page that are not the article. A line is
// furniture because of its shape (menus are runs of one- or two-word lines; slugs have no
// spaces) or because it carries a generic publishing phrase, never because of what it names.

const FURNITURE_LINE: RegExp[] = [
  /^(also read|read also|read more|related|recommended|more from|see also|watch|listen)\b\s*[:|-]?/i,
  /^(trending|top categories|quick links|follow us|share( this)?|subscribe|advertisement|sponsored|newsletter)\b\s*:?\s*$/i,
  /\ball rights reserved\b/i,
  /^\s*(©|\(c\)|copyright\b)/i,
  /^(representational|representative|file) (image|photo|picture)\.?$/i,
  /^(thumbnail|featured|lead) image\.?$/i,
  /^(photo|image|picture)( credit)?\s*:/i,
  /(privacy policy|terms (&|and) conditions?|terms of (use|service)|cookie policy|sitemap\b)/i,
  /^\d+\s+min(ute)?s?\s+read$/i,
  /^(home|menu|search|login|log in|sign in|sign up|skip to (main )?content)$/i,
  /^[/|•·>»\-\s]+$/,
];

/** A URL slug or bare path printed as a breadcrumb: "ferry-talks-collapse", "/world/asia". */
const SLUG_LINE = /^\/?[a-z0-9]+(?:[-_/][a-z0-9]+){2,}\/?$/;

export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (SLUG_LINE.test(t)) return true;
  return FURNITURE_LINE.some((re) => re.test(t));
}

/** A short line without sentence punctuation: a menu entry, a heading or a label. */
export function isShortLabel(line: string): boolean {
  const t = line.trim();
  if (!t || /[.!?"]$/.test(t)) return false;
  return t.split(/\s+/).length <= 3;
}

/**
 * Drops furniture from a list of lines. Runs of three or more short labels (blank lines between
 * them allowed) are menus; a lone short label between paragraphs is kept as a heading.
 */
export function dropFurniture(lines: string[]): string[] {
  const keep = lines.map((l) => !isFurnitureLine(l));
  let runStart = -1;
  let runCount = 0;
  const closeRun = (endExclusive: number): void => {
    if (runCount >= 3) for (let j = runStart; j < endExclusive; j++) keep[j] = false;
    runStart = -1;
    runCount = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!line.trim()) continue;
    if (isShortLabel(line) || !keep[i]) {
      if (runStart < 0) runStart = i;
      runCount++;
    } else {
      closeRun(i);
    }
  }
  closeRun(lines.length);
  return lines.filter((_, i) => keep[i]);
}
