import { useT } from '../i18n';
import { nearLimit } from '../lib/textLimit';

/** "4,120 / 5,000" next to a field once its text nears the limit; red at the limit. */
export function LimitCounter({ length, max }: { length: number; max: number }) {
  const t = useT();
  if (!nearLimit(length, max)) return null;
  return (
    <span className={`limit-count${length >= max ? ' is-full' : ''}`} data-testid="limit-count" data-length={length} data-max={max}>
      {t('limit.count', { n: length.toLocaleString('en-US'), max: max.toLocaleString('en-US') })}
    </span>
  );
}
