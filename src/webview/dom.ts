// The page's elements by id, typed as the caller expects them.
export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
