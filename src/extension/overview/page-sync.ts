// What the overview's page holds, so that no data is lost between setting its HTML and its script
// listening. VS Code takes a webview's new HTML as loaded 200 ms after writing it even when the page's
// script has not run yet (its file still on the way, on a busy machine) and hands the messages it held
// to a page that cannot hear them; and a hidden webview is rebuilt from its HTML alone. So the page says
// "ready" (with the id of its HTML) once it listens, and "shown" after it took data; until it is ready,
// only the newest message of each kind is kept, and sent then.

export interface PageMessage {
  type: string;
  [key: string]: unknown;
}

export class PageSync {
  /** Id of the HTML on show; a page answers with it, so a word from a page already replaced is ignored. */
  private page = 0;
  private listening = false;
  /** The version of the data the HTML carries, and the newest version offered since. */
  private inHtml = 0;
  private latest = 0;
  /** The version the page said it shows. */
  private onPage = 0;
  /** The newest message of each kind since the HTML was set (what a rebuilt page needs again). */
  private readonly since = new Map<string, PageMessage & { version: number }>();

  constructor(private readonly post: (msg: PageMessage & { page: number; version: number }) => void) {}

  /** A new HTML holding data `version` is being set; returns the id to put into it. */
  rendered(version: number): number {
    this.page++;
    this.listening = false;
    this.inHtml = this.latest = Math.max(this.latest, version);
    this.since.clear();
    return this.page;
  }

  /** A message for the page: sent now when it listens, else kept until it does. `version` counts data. */
  offer(msg: PageMessage, version = this.latest): void {
    this.latest = Math.max(this.latest, version);
    const kept = { ...msg, version };
    this.since.set(msg.type, kept);
    if (this.listening) this.post({ ...kept, page: this.page });
  }

  /** The page of HTML `page` listens (after its first load, or rebuilt after being hidden). */
  ready(page: unknown): void {
    if (page !== this.page) return;
    this.listening = true;
    this.onPage = this.inHtml;
    for (const msg of this.since.values()) this.post({ ...msg, page: this.page });
  }

  /** The page of HTML `page` shows data `version`. */
  shown(page: unknown, version: unknown): void {
    if (page === this.page && typeof version === 'number') this.onPage = Math.max(this.onPage, version);
  }

  /** The page went away (hidden): it is rebuilt from the HTML and says "ready" again. */
  hidden(): void {
    this.listening = false;
    this.onPage = this.inHtml;
  }

  /** The version of the data the page confirmed it shows (0 until its script ran). */
  get shows(): number {
    return this.onPage;
  }

  get id(): number {
    return this.page;
  }
}
