// A test stand-in for Apps Script's XmlService: htmlparser2's xmlMode DOM behind the
// XmlElementLike interface that src/core/ingest/feed.ts reads. Namespaces are resolved from the
// xmlns declarations in scope, as XmlService does, so prefixes do not matter.
import type { AnyNode, Element } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";
import type { XmlElementLike } from "../../src/core/ingest/feed";

function namespaceOf(el: Element, prefix: string): string {
  const attr = prefix ? `xmlns:${prefix}` : "xmlns";
  for (let e: Element | null = el; e; e = e.parent && isTag(e.parent) ? e.parent : null)
    if (attr in e.attribs) return e.attribs[attr] ?? "";
  return "";
}

const { isCDATA, isTag, isText } = DomUtils;

const valueOf = (n: AnyNode): string =>
  isText(n) ? n.data : isTag(n) || isCDATA(n) ? n.children.map(valueOf).join("") : "";

export function xmlElement(el: Element): XmlElementLike {
  const [prefix, local] = el.name.includes(":") ? el.name.split(":", 2) : ["", el.name];
  return {
    getName: () => local as string,
    getNamespace: () => ({ getURI: () => namespaceOf(el, prefix as string) }),
    getChildren: () => el.children.filter(isTag).map(xmlElement),
    getAttribute: (name) => (name in el.attribs ? { getValue: () => el.attribs[name] ?? "" } : null),
    getText: () => el.children.map((c) => (isText(c) || isCDATA(c) ? valueOf(c) : "")).join(""),
    getValue: () => valueOf(el),
  };
}

/** Parses an XML document and returns its root element, as XmlService.parse(xml).getRootElement(). */
export function parseXmlRoot(xml: string): XmlElementLike {
  const root = parseDocument(xml, { xmlMode: true }).children.find(isTag);
  if (!root) throw new Error("no root element");
  return xmlElement(root);
}
