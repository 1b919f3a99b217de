import { t } from '../i18n';
import { toastActions } from '../store/toasts.slice';

/** Counters show from this share of a limit on. */
export const NEAR_LIMIT = 0.8;

export const nearLimit = (length: number, max: number): boolean => length >= max * NEAR_LIMIT;

/** `value` cut to `max` characters (code points are not split), and how many were cut. */
export function fitText(value: string, max: number): { text: string; cut: number } {
  if (value.length <= max) return { text: value, cut: 0 };
  let end = max;
  const c = value.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return { text: value.slice(0, end), cut: value.length - end };
}

/** A field's new value within its limit; says so (a toast) when a paste or typing was cut. */
export function limitedValue(value: string, max: number): string {
  const { text, cut } = fitText(value, max);
  if (cut > 0) toastActions.show('error', t('limit.cut', { max, cut }));
  return text;
}
