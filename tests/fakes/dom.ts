// Just enough DOM for the sidebar's client script, and a google.script.run that calls the server
// functions of a loaded Code.js. Setting HTML (innerHTML, insertAdjacentHTML, document.write)
// throws: the sidebar may only ever set text, so article titles can never become markup. (The
// real DOM is driven in a real browser by tests/browser.)

export class FakeElement {
  readonly children: FakeElement[] = [];
  readonly listeners = new Map<string, (() => void)[]>();
  textContent = "";
  className = "";
  hidden = false;
  disabled = false;
  value: string | number = "";
  max = 1;
  checked = false;
  type = "";
  href = "";
  target = "";
  rel = "";
  title = "";
  constructor(
    readonly tagName: string,
    readonly id = "",
  ) {}
  addEventListener(type: string, fn: () => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  click(): void {
    if (this.disabled) return;
    if (this.type === "checkbox") {
      this.checked = !this.checked;
      for (const fn of this.listeners.get("change") ?? []) fn();
    }
    for (const fn of this.listeners.get("click") ?? []) fn();
  }
  /** All text below, as the browser's textContent getter gives it for created elements. */
  allText(): string {
    return this.textContent + this.children.map((c) => c.allText()).join("");
  }
  /** Elements below, depth first. */
  descendants(): FakeElement[] {
    return this.children.flatMap((c) => [c, ...c.descendants()]);
  }
  appendChild(child: FakeElement): FakeElement {
    this.children.push(child);
    return child;
  }
  replaceChildren(...children: FakeElement[]): void {
    this.children.splice(0, this.children.length, ...children);
  }
  set innerHTML(_html: string) {
    throw new Error("the sidebar set innerHTML: text must go through textContent");
  }
  set outerHTML(_html: string) {
    throw new Error("the sidebar set outerHTML: text must go through textContent");
  }
  insertAdjacentHTML(): void {
    throw new Error("the sidebar inserted HTML: text must go through textContent");
  }
}

export interface FakeBrowser {
  document: {
    getElementById(id: string): FakeElement | null;
    createElement(tag: string): FakeElement;
    write(): void;
  };
  elements: Map<string, FakeElement>;
  created: FakeElement[];
  /** Runs queued callbacks (server replies, timers) until none is left. */
  drain(): number;
  /** Runs at most `n` queued callbacks; returns how many ran. */
  step(n: number): number;
  setTimeout(fn: () => void, ms?: number): number;
  google: { script: { run: unknown } };
}

/** A browser for the sidebar whose server calls go to `server` (a vm context holding Code.js). */
export function fakeBrowser(html: string, server: Record<string, unknown>): FakeBrowser {
  const ids = [...html.matchAll(/\sid="([\w-]+)"/g)].map((m) => m[1] as string);
  const elements = new Map(ids.map((id) => [id, new FakeElement("element", id)]));
  const created: FakeElement[] = [];
  const queue: (() => void)[] = [];
  const runner = (success: (v: unknown) => void, failure: (e: Error) => void): unknown =>
    new Proxy(
      {},
      {
        get(_t, name: string) {
          if (name === "withSuccessHandler") return (fn: (v: unknown) => void) => runner(fn, failure);
          if (name === "withFailureHandler") return (fn: (e: Error) => void) => runner(success, fn);
          return (...args: unknown[]) =>
            queue.push(() => {
              const fn = server[name];
              if (typeof fn !== "function") return failure(new Error(`no server function ${name}`));
              let value: unknown;
              try {
                value = (fn as (...a: unknown[]) => unknown)(...args);
              } catch (e) {
                return failure(e as Error);
              }
              success(value);
            });
        },
      },
    );
  const browser: FakeBrowser = {
    document: {
      getElementById: (id) => elements.get(id) ?? null,
      createElement: (tag) => {
        const el = new FakeElement(tag);
        created.push(el);
        return el;
      },
      write: () => {
        throw new Error("the sidebar called document.write");
      },
    },
    elements,
    created,
    drain() {
      const n = browser.step(10_000);
      if (queue.length) throw new Error("the sidebar does not settle");
      return n;
    },
    step(n) {
      let ran = 0;
      while (queue.length && ran < n) {
        ran++;
        (queue.shift() as () => void)();
      }
      return ran;
    },
    setTimeout(fn) {
      queue.push(fn);
      return queue.length;
    },
    google: {
      script: {
        run: runner(
          () => undefined,
          () => undefined,
        ),
      },
    },
  };
  return browser;
}
