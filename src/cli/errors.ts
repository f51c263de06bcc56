import type { Msg } from '../core/i18n';

/** A mistake of the caller (bad option, missing path): exit code 2, one line on stderr, no stack. */
export class UsageError extends Error {
  constructor(readonly msg: Msg, readonly args: unknown[] = []) {
    super(msg.en);
  }
}
