import { useEffect, useRef } from 'react';
import { bindHotkeys, type HotkeyMap } from '../services/hotkeys';

/** Binds hotkeys while the component is mounted; handlers may change every render. */
export function useHotkeys(map: HotkeyMap, modal = false): void {
  const ref = useRef(map);
  ref.current = map;
  const keys = Object.keys(map).sort().join('|');
  useEffect(() => {
    const proxy: HotkeyMap = {};
    for (const k of keys.split('|')) if (k) proxy[k] = (e) => ref.current[k]?.(e);
    return bindHotkeys(proxy, modal);
  }, [keys, modal]);
}
