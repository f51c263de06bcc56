// The part of a team's `.goedwerk.json` the sidebar reads. Pure.

/** Reads what the sidebar needs from a `.goedwerk.json`; a broken file counts as empty (the language server reports it). */
export function parseConfigLite(text: string): { situaties?: string; deugden: string[] } {
  try {
    const data = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return { deugden: [] };
    const d = data as Record<string, unknown>;
    const deugden = Array.isArray(d.deugden) ? d.deugden.filter((x): x is string => typeof x === 'string' && !!x.trim()) : [];
    return typeof d.situaties === 'string' && d.situaties.trim() ? { situaties: d.situaties.trim(), deugden } : { deugden };
  } catch {
    return { deugden: [] };
  }
}
