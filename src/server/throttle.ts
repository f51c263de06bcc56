// Keeps checking a document from eating the event loop: after a check, the next waits twice as long
// as that check took (at most a second), and several changes in a row give one check.
export class Throttle {
  private readonly state = new Map<string, { pending: boolean; lastEnd: number; cost: number }>();
  /** When a check was last asked for (performance.now()): someone is typing. */
  lastScheduled = -Infinity;

  schedule(key: string, run: () => void): void {
    this.lastScheduled = performance.now();
    let s = this.state.get(key);
    if (!s) this.state.set(key, (s = { pending: false, lastEnd: 0, cost: 0 }));
    if (s.pending) return;
    s.pending = true;
    const state = s;
    const go = () => {
      state.pending = false;
      const start = performance.now();
      run();
      state.lastEnd = performance.now();
      state.cost = state.lastEnd - start;
    };
    const wait = state.lastEnd + 2 * state.cost - performance.now();
    if (wait > 1) setTimeout(go, Math.min(wait, 1000));
    else setImmediate(go);
  }

  forget(key: string): void {
    this.state.delete(key);
  }

  /** True while some check waits to run. */
  get busy(): boolean {
    for (const s of this.state.values()) if (s.pending) return true;
    return false;
  }
}
