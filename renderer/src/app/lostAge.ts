import { useEffect, useState } from 'react';
import type { MsgKey, Vars } from '../i18n';
import { useLostAt } from '../store/connection.slice';

/** Seconds since the hub was last heard from while it is lost (null while it is there), ticking each second. */
export function useLostAgeSec(): number | null {
  const lostAt = useLostAt();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (lostAt === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [lostAt]);
  return lostAt === null ? null : Math.max(0, Math.floor((now - lostAt) / 1000));
}

/** "12 秒前" / "3 分钟前": the words for an age in seconds. */
export function ageWords(t: (key: MsgKey, vars?: Vars) => string, sec: number): string {
  return sec < 120 ? t('conn.ageSec', { n: sec }) : t('conn.ageMin', { n: Math.floor(sec / 60) });
}
