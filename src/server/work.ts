// Long work in the server (the stats, the reflection record, the workspace pass) runs in slices, so
// typing never waits on it, and stops when whoever asked no longer wants the answer.
import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';

export type { CancellationToken };

/** How long a slice of long work keeps the event loop to itself before letting requests through. */
export const SLICE_MS = 8;

export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Thrown by long work that was cancelled; the connection answers the request with RequestCancelled. */
export class Cancelled extends ResponseError<void> {
  constructor() {
    super(LSPErrorCodes.RequestCancelled, 'cancelled');
  }
}

export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new Cancelled();
}

/** Yields once a slice has run its time; then throws when the work was cancelled meanwhile. */
export function slicer(token?: CancellationToken, ms = SLICE_MS): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start <= ms) return;
    await yieldToLoop();
    start = performance.now();
    throwIfCancelled(token);
  };
}

/** Resolves with `work`, or rejects with Cancelled as soon as the token is (a wait must not outlive its request). */
export function untilCancelled<T>(work: Promise<T>, token: CancellationToken | undefined): Promise<T> {
  if (!token || token === CancellationToken.None) return work;
  throwIfCancelled(token);
  return new Promise<T>((resolve, reject) => {
    const sub = token.onCancellationRequested(() => reject(new Cancelled()));
    work.then((v) => { sub.dispose(); resolve(v); }, (e: unknown) => { sub.dispose(); reject(e); });
  });
}
