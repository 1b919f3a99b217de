import raw from '../../../assets/connectors/douyin.json';
import { parseDouyinRules, type DouyinRules } from './rules';

/** The rules shipped in assets/connectors/douyin.json (validated; a broken file is a build-time test failure). */
export function defaultDouyinRules(): DouyinRules {
  const r = parseDouyinRules(raw);
  if ('error' in r) throw new Error(`assets/connectors/douyin.json: ${r.error}`);
  return r;
}
