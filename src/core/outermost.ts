import type { Span } from './model';

/**
 * The items not inside the one kept before them, in the order given: a sub-heading stays with its
 * section, and of two findings at one place only the first counts. Sort first where order matters.
 */
export function outermost<T extends { span: Span }>(items: readonly T[]): T[] {
  const out: T[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && item.span.start < last.span.end) continue;
    out.push(item);
  }
  return out;
}
