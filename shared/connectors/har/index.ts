/** Public entry of the HAR reader: a browser's saved network log → the responses it received. */
export { createHarReader, readHar, HAR_ERROR_CODES, type HarErrorCode, type HarReadResult, type HarReader, type HarReadStats } from './readHar';
export { harEntryResponse, isTextual, type HarResponse } from './harEntry';
export { createHarScanner } from './harScanner';
