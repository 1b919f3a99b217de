/**
 * Douyin seller-console connector, pure part (issue 13 item 3): the data file's rules, and the mappers that
 * turn captured 巨量百应 中控台 / 抖音电商罗盘 大屏 responses into LiveEvents. Shared by the live console
 * source (CDP reader), `livedeck connect douyin` and HAR replay/review. No Node built-ins.
 */
export type { CapturedResponse, DouyinFamily, DouyinFamilyStats, DouyinMapStats, MapOutcome, UnparsedReason } from './types';
export { DOUYIN_FAMILIES, UNPARSED_REASONS } from './types';
export type { DouyinEndpoint, DouyinRules, DouyinShape } from './rules';
export { DOUYIN_SHAPES, endpointFor, hostAndPath, isAllowedNavigation, parseDouyinRules } from './rules';
export type { DouyinMapper, DouyinMapperOptions } from './mapper';
export { createDouyinMapper } from './mapper';
export type { OrderStage } from './orders';
export { orderStage } from './orders';
export { defaultDouyinRules } from './defaultRules';
export { productIdResolver, UNKNOWN_PRODUCT_PREFIX } from './productIds';
