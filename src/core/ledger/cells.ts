// What a cell can hold. Spreadsheets refuse text over a size limit (Sheets 50,000 characters,
// Excel 32,767), and refusing mid-batch would leave a half-written ledger, so long text is cut
// beforehand with a marker that says so.

const marker = (cut: number): string => ` [... cut: ${cut.toLocaleString("en-US")} more characters]`;

/** `text` if it fits in `limit` characters, else its start and a visible marker, `limit` long at most. */
export function fitText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  // The count in the marker is at most as long as the text's length, so this room is enough.
  let keep = limit - marker(text.length).length;
  // Never split a surrogate pair: half an emoji is not text.
  const code = text.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep--;
  return text.slice(0, keep) + marker(text.length - keep);
}
