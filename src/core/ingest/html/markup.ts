// HTML syntax, read in one pass: start tags with their attributes, end tags, text. Comments,
// doctypes, CDATA and processing instructions are skipped; script, style, title, textarea and
// xmp hold raw text up to their end tag. The few tree rules that decide where an element ends
// are applied here too, so that every element opened is closed once, deepest first: void
// elements close at once, some start tags close the element they cannot sit in (<p> before a
// <div>, <li> before the next <li>), an end tag closes what is open inside its element, and a
// stray end tag is ignored. The rules and the odd corners (a tag cut off by the end of the
// input, "<!-->", "</p>" with no paragraph open) are those of htmlparser2 10, which read the
// pages before; references (&amp;) are left as written for ./entities. Every scan moves forward
// and end tags find their element through a count of open names, so time is linear in the input.

export interface MarkupEvents {
  /** A start tag, its name lower-cased; an attribute given twice keeps its first value. */
  open(tag: string, attrs: Record<string, string>): void;
  /** The end of the element opened last and not yet closed. */
  close(): void;
  text(text: string): void;
}

const VOID = new Set(
  (
    "area base basefont br col command embed frame hr img input isindex keygen link meta param " +
    "source track wbr"
  ).split(" "),
);
/**
 * svg and math start foreign content, where "<x/>" closes x as in XML (in HTML the slash means
 * nothing); the elements after them hold HTML again inside it.
 */
const CONTEXTS = "svg math mi mo mn ms mtext annotation-xml foreignobject desc title".split(" ");

/** Start tags (before ":") that close the open element when it is one of those after ":". */
const IMPLIED_ENDS = new Map<string, string[]>();
for (const rule of (
  "tr:tr th td|th:th|td:thead th td|body:head link script|li:li|option:option|optgroup:optgroup option|" +
  "dd dt:dd dt|rt rp:rt rp|tbody tfoot:thead tbody|select input output button datalist textarea:input option " +
  "optgroup select button datalist textarea|p h1 h2 h3 h4 h5 h6 address article aside blockquote details div " +
  "dl fieldset figcaption figure footer form header hr main nav ol pre section table ul:p"
).split("|")) {
  const [starts = "", ends = ""] = rule.split(":");
  for (const tag of starts.split(" ")) IMPLIED_ENDS.set(tag, ends.split(" "));
}

/**
 * Raw-text elements. htmlparser2 tells them by their first two letters and the rest, taking t
 * and x alike, so "<tmp>" is raw text up to "</xmp", and "<xitle>" up to "</title".
 */
const RAW = "script style title xitle textarea xextarea tmp xmp".split(" ");
const rawEnd = (tag: string): string => (tag[0] === "s" ? tag : (tag[1] === "m" ? "x" : "t") + tag.slice(1));

const SPACES = /[\t\n\f\r ]*/y;
const TAG_NAME = /[^\t\n\f\r />]*/y;
const ATTR_NAME = /[^\t\n\f\r />=]*/y;
/** An unquoted attribute value or an end tag's name ("/" belongs to both). */
const WORD = /[^\t\n\f\r >]*/y;
const LETTER = /[a-z]/i;

export function readMarkup(html: string, on: MarkupEvents): void {
  const end = html.length;
  const openTags: string[] = [];
  const openCount = new Map<string, number>();
  const foreign = [false];
  /** Start of the text not yet handed on. */
  let text = 0;
  let i = 0;
  const skip = (run: RegExp, from: number): number => {
    run.lastIndex = from;
    run.test(html);
    return run.lastIndex;
  };
  const textTo = (to: number): void => {
    if (to > text) on.text(html.slice(text, to));
  };
  const closeLast = (): string => {
    const tag = openTags.pop() as string;
    openCount.set(tag, (openCount.get(tag) as number) - 1);
    on.close();
    return tag;
  };
  const endTag = (tag: string): void => {
    if (CONTEXTS.includes(tag)) foreign.pop();
    if (openCount.get(tag)) while (closeLast() !== tag);
    else if (tag === "p" || tag === "br") {
      // As browsers do: "</p>" alone is an empty paragraph, "</br>" a line break.
      on.open(tag, {});
      on.close();
    }
  };

  scan: while ((i = html.indexOf("<", i)) >= 0) {
    const at = i;
    const next = html[at + 1] ?? "";
    if (next === "!" || next === "?") {
      // Comments and CDATA may run to the end; a doctype or other declaration left open shows as text.
      let closer = ">";
      let from = at + 2;
      if (next === "!") {
        if (html.startsWith("--", at + 2)) closer = "-->";
        else if (html.startsWith("[CDATA[", at + 2)) {
          closer = "]]>";
          from = at + 9;
        }
        // A declaration's first character cannot end it ("<!>x>" is one); "<!-->" is a whole comment.
        else from = at + (html[at + 2] === "-" ? 4 : 3);
      }
      const stop = html.indexOf(closer, from);
      textTo(at);
      if (stop < 0) {
        text = closer === ">" ? at + 2 : end;
        break;
      }
      text = i = stop + closer.length;
    } else if (next === "/") {
      const name = skip(SPACES, at + 2);
      if (name === end) break;
      if (html[name] === ">") {
        // "</>" is text.
        i = name + 1;
        continue;
      }
      textTo(at);
      const nameEnd = LETTER.test(html[name] as string) ? skip(WORD, name) : name;
      if (nameEnd === end) {
        text = end;
        break;
      }
      if (nameEnd > name) endTag(html.slice(name, nameEnd).toLowerCase());
      const stop = html.indexOf(">", nameEnd);
      if (stop < 0) {
        // htmlparser2 hands on the last character of an end tag cut off by the end of the input.
        text = nameEnd > name ? end - 1 : name;
        break;
      }
      text = i = stop + 1;
    } else if (LETTER.test(next)) {
      let pos = skip(TAG_NAME, at + 1);
      const tag = html.slice(at + 1, pos).toLowerCase();
      textTo(at);
      if (pos === end) {
        // A tag name cut off by the end of the input is text if it could still have become a raw-text tag.
        text = RAW.some((raw) => raw.startsWith(tag)) ? at + 1 : end;
        break;
      }
      const implied = IMPLIED_ENDS.get(tag);
      while (implied?.includes(openTags[openTags.length - 1] as string)) closeLast();
      const attrs: Record<string, string> = {};
      let selfClosing = false;
      for (;;) {
        pos = skip(SPACES, pos);
        if (pos === end) {
          text = end;
          break scan;
        }
        const c = html[pos];
        if (c === ">") break;
        if (c === "/") {
          pos = skip(SPACES, pos + 1);
          if (pos === end) {
            text = end - 1;
            break scan;
          }
          if ((selfClosing = html[pos] === ">")) break;
          continue;
        }
        const nameEnd = skip(ATTR_NAME, pos + 1);
        const name = html.slice(pos, nameEnd).toLowerCase();
        let value = "";
        pos = skip(SPACES, nameEnd);
        if (html[pos] === "=") {
          pos = skip(SPACES, pos + 1);
          const quote = html[pos];
          if (quote === '"' || quote === "'") {
            const close = html.indexOf(quote, pos + 1);
            value = html.slice(pos + 1, close < 0 ? end : close);
            pos = close < 0 ? end : close + 1;
          } else {
            value = html.slice(pos, (pos = skip(WORD, pos)));
          }
        }
        if (!Object.prototype.hasOwnProperty.call(attrs, name)) attrs[name] = value;
      }
      text = i = pos + 1;
      const isVoid = VOID.has(tag);
      if (!isVoid) {
        openTags.push(tag);
        openCount.set(tag, (openCount.get(tag) ?? 0) + 1);
        const context = CONTEXTS.indexOf(tag);
        if (context >= 0) foreign.push(context < 2);
      }
      on.open(tag, attrs);
      if (isVoid) on.close();
      else if (selfClosing && foreign[foreign.length - 1]) closeLast();
      else if (!selfClosing && RAW.includes(tag)) {
        const closer = new RegExp(`</${rawEnd(tag)}[\\t\\n\\f\\r >]`, "gi");
        closer.lastIndex = i;
        i = closer.exec(html)?.index ?? end;
      }
    } else i = at + 1;
  }
  textTo(end);
  while (openTags.length) closeLast();
}
