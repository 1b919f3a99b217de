import type { ProductRole } from '../protocol/runOfShow';
import type { Lang } from './interpolate';

/**
 * Words for a slot's product role (引流款…): the one table for the renderer's app namespace
 * (spread into its zh-CN / en tables) and the hub's review CSV.
 */
const zhCN = {
  'role.traffic': '引流款',
  'role.welfare': '福利款',
  'role.hero': '主推款',
  'role.profit': '利润款',
  'role.image': '形象款',
  'roleShort.traffic': '引流',
  'roleShort.welfare': '福利',
  'roleShort.hero': '主推',
  'roleShort.profit': '利润',
  'roleShort.image': '形象',
} as const;

const en = {
  'role.traffic': 'Traffic',
  'role.welfare': 'Giveaway',
  'role.hero': 'Hero',
  'role.profit': 'Profit',
  'role.image': 'Image',
  'roleShort.traffic': 'Traffic',
  'roleShort.welfare': 'Welfare',
  'roleShort.hero': 'Hero',
  'roleShort.profit': 'Profit',
  'roleShort.image': 'Image',
} satisfies Record<keyof typeof zhCN, string>;

export const PRODUCT_ROLE_WORDS = { 'zh-CN': zhCN, en } as const;

/** A product role's name in `lang`; an unknown role (newer file) as its code. */
export function productRoleText(lang: Lang, role: ProductRole | string): string {
  const table: Readonly<Record<string, string>> = PRODUCT_ROLE_WORDS[lang];
  return table[`role.${role}`] ?? role;
}
