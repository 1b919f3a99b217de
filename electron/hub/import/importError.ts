import type { ImportFileErrorCode } from '../../../shared/protocol/catalogImport';

/** The file as a whole cannot be read (not CSV/XLSX, corrupt, too large): exit 1 / HTTP 4xx. */
export class ImportFileError extends Error {
  constructor(readonly code: ImportFileErrorCode, message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}
