// The user's `goedwerk.*` settings, read defensively: whatever a settings file holds, the server
// gets a complete, valid set.
import { isRuleId, isSeveritySetting } from '../core/check';
import type { RuleId, SeveritySetting } from '../core/model';
import type { ServerSettings } from '../protocol';

export const DEFAULT_SETTINGS: ServerSettings = { rules: {}, workspaceDiagnostics: true, maxFileSize: 5 };

export function readSettings(raw: unknown, base: ServerSettings = DEFAULT_SETTINGS): ServerSettings {
  const src = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const rules: Partial<Record<RuleId, SeveritySetting>> = {};
  const rawRules = src.rules && typeof src.rules === 'object' ? (src.rules as Record<string, unknown>) : {};
  for (const [id, value] of Object.entries(rawRules)) {
    if (isRuleId(id) && isSeveritySetting(value)) rules[id] = value;
  }
  const size = Number(src.maxFileSize);
  return {
    rules: src.rules === undefined ? base.rules : rules,
    workspaceDiagnostics: typeof src.workspaceDiagnostics === 'boolean' ? src.workspaceDiagnostics : base.workspaceDiagnostics,
    maxFileSize: Number.isFinite(size) && size > 0 ? size : base.maxFileSize,
  };
}

/** The size limit in bytes. */
export function maxBytes(settings: ServerSettings): number {
  return Math.round(settings.maxFileSize * 1024 * 1024);
}
