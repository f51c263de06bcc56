/**
 * Starts up to `window` jobs ahead and yields their results in input order, so output streams as soon
 * as the next file in line is done, and memory holds at most `window` files however many there are.
 */
export async function* ordered<I, O>(inputs: Iterable<I>, window: number, start: (input: I) => Promise<O>): AsyncGenerator<O> {
  const queue: Promise<O>[] = [];
  const it = inputs[Symbol.iterator]();
  let done = false;
  const fill = () => {
    while (!done && queue.length < Math.max(1, window)) {
      const next = it.next();
      if (next.done) done = true;
      else queue.push(start(next.value));
    }
  };
  fill();
  while (queue.length) {
    const result = await queue.shift()!;
    fill();
    yield result;
  }
}
