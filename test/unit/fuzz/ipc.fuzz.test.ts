import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IPC_CHANNELS, ipcArgs, MAX_IPC_BASE64_CHARS } from '../../../shared/protocol/ipc';

/**
 * The IPC argument schemas the Electron main process validates every call with
 * (shared/protocol/ipc.ts): fuzzed directly — never a throw, and nothing dangerous gets through.
 */
const SEED = 7_201;
// eslint-disable-next-line no-control-regex -- control characters are what the schema must refuse
const UNSAFE = /[\u0000-\u001f\u007f/\\:*?"<>|\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const nameish = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('report.pdf', '../../etc/passwd', '..\\..\\boot.ini', 'C:\\x.pdf', '/tmp/x', '.', '..', ' a.pdf', 'a.pdf ', 'report\u202Efdp.exe', 'con', 'a'.repeat(201), '', 'nul\u0000.pdf', 'x?.pdf'),
);
const base64ish = fc.oneof(fc.base64String({ maxLength: 64 }), fc.string({ maxLength: 64 }), fc.constantFrom('====', 'AAA', 'A\nAAA', 'QUJD'));
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined), fc.constantFrom({ __proto__: { polluted: 1 } }, { constructor: { prototype: {} } }));
const argsLike = fc.record({
  kind: fc.oneof(fc.constantFrom('catalog', 'runOfShow', 'exe', '__proto__'), anyValue),
  suggestedName: nameish,
  bytesBase64: base64ish,
  filters: fc.oneof(fc.array(fc.record({ name: nameish, extensions: fc.array(fc.oneof(fc.constantFrom('pdf', 'csv', 'xlsx', '*', '.exe', 'tar.gz'), fc.string({ maxLength: 14 })), { maxLength: 10 }) }), { maxLength: 10 }), anyValue),
  landscape: anyValue,
  pageSize: fc.oneof(fc.constantFrom('A4', 'Letter', 'B5'), anyValue),
  printBackground: anyValue,
  extra: anyValue,
}, { requiredKeys: [] });

describe('IPC argument schemas under fuzzing', () => {
  it.each(IPC_CHANNELS)('%s: never throws, and what passes is safe', (channel) => {
    const schema = ipcArgs[channel];
    fc.assert(fc.property(fc.oneof(anyValue, argsLike), (raw) => {
      const r = schema.safeParse(raw);
      if (!r.success) return;
      const v = r.data as Record<string, unknown> | undefined;
      if (v === undefined) return;
      // Strict objects: nothing the main process did not ask for rides along.
      expect(Object.keys(v)).not.toContain('extra');
      if (typeof v.suggestedName === 'string') {
        expect(v.suggestedName).not.toMatch(UNSAFE);
        expect(['.', '..']).not.toContain(v.suggestedName);
        expect(v.suggestedName.trim()).toBe(v.suggestedName);
        expect(v.suggestedName.length).toBeLessThanOrEqual(200);
      }
      if (typeof v.bytesBase64 === 'string') expect(v.bytesBase64.length).toBeLessThanOrEqual(MAX_IPC_BASE64_CHARS);
      if (Array.isArray(v.filters)) {
        expect(v.filters.length).toBeLessThanOrEqual(8);
        for (const f of v.filters as { extensions: string[] }[]) for (const ext of f.extensions) expect(ext).toMatch(/^[A-Za-z0-9.]+$/);
      }
      if ('kind' in v) expect(['catalog', 'runOfShow']).toContain(v.kind);
    }), { seed: SEED, numRuns: 600 });
  });

  it('refuses a file payload over the size cap (checked once: it is a 43 MB string)', () => {
    const big = 'A'.repeat(MAX_IPC_BASE64_CHARS + 4);
    expect(ipcArgs['dialog:saveFile'].safeParse({ suggestedName: 'a.pdf', bytesBase64: big, filters: [] }).success).toBe(false);
    expect(ipcArgs['dialog:saveFile'].safeParse({ suggestedName: 'a.pdf', bytesBase64: 'QUJD', filters: [] }).success).toBe(true);
  });

  it('accepts only `undefined` on channels without an argument', () => {
    for (const channel of IPC_CHANNELS) {
      if (!ipcArgs[channel].safeParse(undefined).success) continue;
      for (const v of [null, 0, '', {}, [], 'x']) expect(ipcArgs[channel].safeParse(v).success, `${channel} ${JSON.stringify(v)}`).toBe(false);
    }
  });
});
