import type { TFn } from '../../i18n';
import { ApiError } from '../../services/hubHttp';
import { SOURCE_REFUSALS, type SourceRefusal } from '../../../../shared/protocol/source';

/** A refused sources-page request in words: the hub's code (shared/protocol/source.ts SOURCE_REFUSALS), else the generic line. */
export function refusalText(t: TFn, err: unknown): string {
  if (!(err instanceof ApiError)) return t('sources.failed', { code: 'network' });
  if ((SOURCE_REFUSALS as readonly string[]).includes(err.code)) return t(`sources.refused.${err.code as SourceRefusal}`);
  if (err.code === 'invalid') return t('sources.refused.invalid', { path: String(err.body?.error.path ?? '') });
  return t('sources.failed', { code: err.code });
}
