import { t } from '../core/i18n';
import type { Lang } from '../core/model';
import { M } from './messages';
import type { Tally } from './pool';

/** With GOEDWERK_TRACE=1, one line on stderr says where the work was done (for tests and curious users). */
export function traceTally(env: NodeJS.ProcessEnv, lang: Lang, tally: Tally): void {
  if (env.GOEDWERK_TRACE === '1') process.stderr.write(`goedwerk: ${t(lang, M.trace, tally.cache, tally.worker, tally.main)}\n`);
}
