// Fetching a batch's links with UrlFetchApp, as fetch outcomes core/ingest/fetched.ts can judge.
// All links go out at once (fetchAll: a round lasts about as long as its slowest page). Three
// things UrlFetchApp does not do for us:
// - say where redirects led: they are followed here, one round per hop for the links that
//   redirect, so an article reached through a short link is named by its real site;
// - decode with the page's own charset: the bytes are read with the charset detectCharset finds
//   (BOM, Content-Type, <meta>), as a browser would;
// - keep going when one site does not answer: muteHttpExceptions turns HTTP errors into
//   responses, but a timeout or an unknown host throws for the whole fetchAll. The link the
//   error names is set aside with its error and the round is sent again without it; an error
//   that names no link of the round sends each link on its own.
import { detectCharset, headerValue, type FetchOutcome } from "../core/ingest/fetched";
import { resolveAddress } from "../core/ingest/url";
import type { FetchRequestLike, HttpResponseLike, UrlFetchLike } from "./types";

/** Browsers give up after about 20 hops; news links rarely take more than 2 or 3. */
export const MAX_REDIRECTS = 5;

const ACCEPT =
  "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5";

const request = (url: string): FetchRequestLike => ({
  url,
  muteHttpExceptions: true,
  followRedirects: false,
  headers: { Accept: ACCEPT, "Accept-Language": "en;q=1.0, *;q=0.5" },
});

type Answer = HttpResponseLike | { error: string; notFetched?: boolean };

/** A link's outcome; `notFetched` when the batch ran out of time before sending it. */
export interface FetchedLink extends FetchOutcome {
  notFetched?: boolean;
}

/** When to stop sending rounds: links still waiting then are left for the next batch. */
export interface FetchDeadline {
  now: () => number;
  giveUpAt: number;
}

const NOT_FETCHED: Answer = {
  error: "other sites in the same batch took too long to answer",
  notFetched: true,
};

export const NO_RESPONSE = "No response came back.";

/** What an exception says, whatever was thrown. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The link of `urls` an error message names (the longest, when one address starts another). */
function blamed(message: string, urls: string[], among: number[]): number | undefined {
  let best: number | undefined;
  for (const i of among) {
    const url = urls[i] as string;
    if (message.includes(url) && (best === undefined || url.length > (urls[best] as string).length)) best = i;
  }
  return best;
}

/** One fetchAll round, in which a network failure costs only the link that failed. */
function fetchRound(service: UrlFetchLike, urls: string[], deadline?: FetchDeadline): Answer[] {
  const answers: Answer[] = new Array<Answer>(urls.length);
  let rest = urls.map((_, i) => i);
  while (rest.length) {
    if (deadline && deadline.now() >= deadline.giveUpAt) {
      for (const i of rest) answers[i] = NOT_FETCHED;
      return answers;
    }
    try {
      const responses = service.fetchAll(rest.map((i) => request(urls[i] as string)));
      rest.forEach((i, k) => {
        answers[i] = responses[k] ?? { error: NO_RESPONSE };
      });
      return answers;
    } catch (e) {
      const message = messageOf(e);
      const culprit = blamed(message, urls, rest);
      if (culprit === undefined) {
        for (const i of rest)
          answers[i] =
            deadline && deadline.now() >= deadline.giveUpAt
              ? NOT_FETCHED
              : fetchAlone(service, urls[i] as string);
        return answers;
      }
      answers[culprit] = { error: message };
      rest = rest.filter((i) => i !== culprit);
    }
  }
  return answers;
}

function fetchAlone(service: UrlFetchLike, url: string): Answer {
  try {
    return service.fetchAll([request(url)])[0] ?? { error: NO_RESPONSE };
  } catch (e) {
    return { error: messageOf(e) };
  }
}

/** Media types whose bytes are text worth decoding; anything else is judged by its type alone. */
const TEXTUAL = /^(text\/|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml|rdf\+xml|ld\+json|json))/i;

function bodyText(response: HttpResponseLike, contentType: string | undefined): string | undefined {
  if (contentType && !TEXTUAL.test(contentType.trim())) return undefined;
  const bytes = response.getContent();
  const charset = detectCharset(contentType, bytes.slice(0, 1024));
  try {
    return response.getContentText(charset);
  } catch {
    // A charset Java does not know: UTF-8 gets most pages right.
    return response.getContentText("UTF-8");
  }
}

function outcomeOf(url: string, at: string, answer: Answer): FetchedLink {
  if ("error" in answer) return { url, finalUrl: at, error: answer.error, notFetched: answer.notFetched };
  const status = answer.getResponseCode();
  const headers = answer.getAllHeaders() as Record<string, string | string[]>;
  const ok = status >= 200 && status < 300;
  return {
    url,
    finalUrl: at,
    status,
    headers,
    body: ok ? bodyText(answer, headerValue(headers, "content-type")) : undefined,
  };
}

/**
 * Fetches `urls` together and returns one outcome per link, in order: the final address after
 * redirects, the status, headers and decoded body, or the network error (or, past the deadline,
 * that it was not sent). Never throws for a link.
 */
export function fetchPages(service: UrlFetchLike, urls: string[], deadline?: FetchDeadline): FetchedLink[] {
  const outcomes = new Array<FetchedLink>(urls.length);
  let pending = urls.map((url, i) => ({ i, url, at: url, hops: 0 }));
  while (pending.length) {
    const answers = fetchRound(
      service,
      pending.map((p) => p.at),
      deadline,
    );
    const next: typeof pending = [];
    pending.forEach((p, k) => {
      const answer = answers[k] as Answer;
      if (!("error" in answer)) {
        const status = answer.getResponseCode();
        const location = headerValue(answer.getAllHeaders() as Record<string, string>, "location");
        const to = status >= 300 && status < 400 && location ? resolveAddress(location, p.at) : undefined;
        if (to && p.hops < MAX_REDIRECTS) {
          next.push({ ...p, at: to, hops: p.hops + 1 });
          return;
        }
      }
      outcomes[p.i] = outcomeOf(p.url, p.at, answer);
    });
    pending = next;
  }
  return outcomes;
}
