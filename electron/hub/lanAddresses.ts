// This machine's LAN addresses, for join hints (used by `livedeck serve` and the Electron shell).

/** The fields of os.networkInterfaces() entries that matter (family is 4 on some Node 18 releases). */
export interface InterfaceAddressLike {
  address: string;
  family: string | number;
  internal: boolean;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Home and office Wi-Fi first (192.168/16, 10/8, 172.16/12), then other addresses, link-local last. */
function rank(address: string): number {
  const [a = 0, b = 0] = address.split('.').map(Number);
  if (a === 192 && b === 168) return 0;
  if (a === 10) return 1;
  if (a === 172 && b >= 16 && b <= 31) return 2;
  if (a === 169 && b === 254) return 4;
  return 3;
}

/**
 * This machine's IPv4 addresses another device on the LAN can reach: non-internal IPv4 only
 * (no loopback, no IPv6, nothing malformed), each once, the likeliest Wi-Fi address first.
 */
export function lanAddresses(interfaces: Readonly<Record<string, readonly InterfaceAddressLike[] | undefined>>): string[] {
  const out: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const entry of list ?? []) {
      if (entry.internal || (entry.family !== 'IPv4' && entry.family !== 4)) continue;
      if (!IPV4.test(entry.address) || entry.address.startsWith('127.') || entry.address === '0.0.0.0') continue;
      if (!out.includes(entry.address)) out.push(entry.address);
    }
  }
  return out.map((address, i) => ({ address, i })).sort((x, y) => rank(x.address) - rank(y.address) || x.i - y.i).map((x) => x.address);
}
