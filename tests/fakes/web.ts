// Fakes of the services that bring articles in from outside the sheet: UrlFetchApp (a small web
// of routes: pages, redirects, HTTP errors, hosts that time out or do not exist), XmlService and
// the Docs advanced service. They behave as Apps Script's do where the add-on depends on it:
// fetchAll throws for the whole call when one host fails at the network level (muteHttpExceptions
// only mutes HTTP errors), an HTTP error throws unless muted, redirects are followed unless
// followRedirects is false, getContent() gives signed bytes, getContentText(charset) decodes
// them and refuses a charset it does not know, XmlService.parse throws on a document that is
// not XML, and Docs.Documents.get throws the API's errors.
import type { DocsDocumentLike } from "../../src/core/ingest/gdoc";
import { remapC1Controls } from "../../src/core/ingest/html/entities";
import type {
  DocsServiceLike,
  FetchRequestLike,
  HttpResponseLike,
  UrlFetchLike,
  XmlServiceLike,
} from "../../src/gas/types";
import { parseXmlRoot } from "../helpers/xmlElement";

export interface PageRoute {
  status?: number;
  headers?: Record<string, string>;
  /** Text is served as UTF-8; a Buffer byte for byte. */
  body?: string | Buffer;
  /** How long the site takes to answer. */
  latencyMs?: number;
}

/** A site that never answers in time, or a host that does not exist: Apps Script's own words. */
export interface FailureRoute {
  error: "Timeout" | "DNS error" | "Address unavailable";
  latencyMs?: number;
}

export type Route = PageRoute | FailureRoute;

const isFailure = (r: Route): r is FailureRoute => "error" in r;

/** The slowest wait of a fetchAll round is the round's cost: something that can move a clock. */
export interface Waiter {
  advance(ms: number): void;
}

class FakeHttpResponse implements HttpResponseLike {
  constructor(
    private readonly status: number,
    private readonly headers: Record<string, string>,
    private readonly bytes: Buffer,
  ) {}
  getResponseCode(): number {
    return this.status;
  }
  getAllHeaders(): object {
    return { ...this.headers };
  }
  getHeaders(): object {
    return { ...this.headers };
  }
  getContent(): number[] {
    return [...this.bytes].map((b) => (b > 127 ? b - 256 : b));
  }
  getContentText(charset = "UTF-8"): string {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset);
    } catch {
      throw new Error(`Unsupported charset: ${charset}`);
    }
    const text = decoder.decode(this.bytes);
    // Java's windows-1252 maps 0x80-0x9f to curly quotes and dashes; Node's decoder does not.
    return /1252/.test(charset) ? remapC1Controls(text) : text;
  }
}

export class FakeUrlFetchApp implements UrlFetchLike {
  /** The addresses of each fetchAll call, in order. */
  readonly calls: string[][] = [];
  readonly requests: FetchRequestLike[] = [];

  constructor(
    readonly routes: Map<string, Route>,
    private readonly waiter?: Waiter,
  ) {}

  fetchAll(requests: FetchRequestLike[]): HttpResponseLike[] {
    this.calls.push(requests.map((r) => r.url));
    this.requests.push(...requests);
    const slowest = Math.max(0, ...requests.map((r) => this.routes.get(r.url)?.latencyMs ?? 0));
    this.waiter?.advance(slowest);
    return requests.map((r) => this.answer(r, r.url, 0));
  }

  private answer(request: FetchRequestLike, url: string, hops: number): HttpResponseLike {
    if (!/^https?:\/\//.test(url)) throw new Error(`Invalid argument: ${url}`);
    const route = this.routes.get(url) ?? { error: "DNS error" as const };
    if (isFailure(route)) throw new Error(`${route.error}: ${url}`);
    const status = route.status ?? 200;
    const headers = route.headers ?? { "Content-Type": "text/html; charset=utf-8" };
    const location = Object.entries(headers).find(([k]) => k.toLowerCase() === "location")?.[1];
    if (status >= 300 && status < 400 && location && request.followRedirects !== false) {
      if (hops >= 10) throw new Error(`Too many redirects: ${url}`);
      return this.answer(request, new URL(location, url).href, hops + 1);
    }
    if (status >= 400 && !request.muteHttpExceptions)
      throw new Error(`Request failed for ${url} returned code ${status}.`);
    const body = route.body ?? "";
    return new FakeHttpResponse(status, headers, typeof body === "string" ? Buffer.from(body, "utf8") : body);
  }
}

/** XmlService.parse(xml).getRootElement(), strict enough to refuse what is not XML. */
export const fakeXmlService: XmlServiceLike = {
  parse(xml: string) {
    if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<[A-Za-z]/.test(xml))
      throw new Error("Content is not allowed in prolog.");
    const root = parseXmlRoot(xml);
    return { getRootElement: () => root };
  },
};

/** The Docs advanced service over a few documents; other ids answer as the API does. */
export function fakeDocs(
  documents: Record<string, DocsDocumentLike>,
  forbidden: string[] = [],
): DocsServiceLike {
  return {
    Documents: {
      get(id: string): DocsDocumentLike {
        if (forbidden.includes(id))
          throw new Error(
            "GoogleJsonResponseException: API call to docs.documents.get failed with error: The caller does not have permission",
          );
        const doc = documents[id];
        if (!doc)
          throw new Error(
            "GoogleJsonResponseException: API call to docs.documents.get failed with error: Requested entity was not found.",
          );
        return JSON.parse(JSON.stringify(doc)) as DocsDocumentLike;
      },
    },
  };
}
