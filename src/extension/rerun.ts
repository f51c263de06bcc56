// Work that a change asks for again while it runs (placing the feedback threads, reading the overview's
// stats): a burst of changes waits for a quiet moment (`Debounce`), and a change during a run gets one
// more run after it, never two at once (`Rerun`).

export class Debounce {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly fire: () => void) {}

  /** Fires `delay` ms from now, unless asked again before then (the newer delay counts). */
  schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; this.fire(); }, delay);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

export class Rerun {
  private running: Promise<void> | undefined;
  private again = false;

  /** `go` says whether a run asked for during the last one should still happen (false once disposed). */
  constructor(private readonly once: () => PromiseLike<unknown>, private readonly go: () => boolean = () => true) {}

  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Runs now, or once more after the run under way; resolves when no more runs are asked for. */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.once();
      } while (this.again && this.go());
    })().finally(() => { this.running = undefined; });
    return this.running;
  }
}
