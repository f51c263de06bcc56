// In the browser there is no disk to find the overview's script on (the web build takes this file for
// ./script.ts): a standalone page made there works without filters and sorting, as when it was not built.
export function findOverviewScript(_start?: string): string | undefined {
  return undefined;
}

export function loadOverviewScript(): string | null {
  return null;
}
