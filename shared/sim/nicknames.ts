import names from '../../assets/sim/nicknames.json';
import { hash32 } from '../domain/rng';

/**
 * A viewer's nickname, derived from the seed and the viewer's number only — so a returning
 * viewer keeps it, and drawing it does not consume the simulation's random stream.
 */
export function nicknameFor(seed: number, viewer: number): string {
  const h = hash32(seed, viewer);
  const g = hash32(h, 0x51ed);
  const pick = <T>(xs: readonly T[], r: number): T => xs[r % xs.length]!;
  const mode = h % 100;
  if (mode < 22) return `用户${(1_000_000_000 + (g % 8_999_999_999)).toString().slice(0, 10)}`;
  const decor = pick(names.decor, g >>> 8);
  if (mode < 62) return pick(names.whole, g) + decor;
  return pick(names.prefix, g) + pick(names.suffix, g >>> 12) + decor;
}
