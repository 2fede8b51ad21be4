import { BlockList, isIP } from 'node:net';

/** Address ranges a fetch from Discord input must never reach, by the name a refusal shows. */
const FORBIDDEN_RANGES: ReadonlyArray<[label: string, network: string, prefix: number]> = [
  ['a cloud metadata address', '169.254.169.254', 32],
  ['a cloud metadata address', 'fd00:ec2::254', 128],
  ['an unspecified address', '0.0.0.0', 8],
  ['an unspecified address', '::', 128],
  ['a loopback address', '127.0.0.0', 8],
  ['a loopback address', '::1', 128],
  ['a private network address', '10.0.0.0', 8],
  ['a private network address', '172.16.0.0', 12],
  ['a private network address', '192.168.0.0', 16],
  ['a private network address', 'fc00::', 7],
  ['a link-local address', '169.254.0.0', 16],
  ['a link-local address', 'fe80::', 10],
  ['a shared (CGNAT) address', '100.64.0.0', 10],
  ['a reserved address', '192.0.0.0', 24],
  ['a reserved address', '198.18.0.0', 15],
  ['a reserved address', '240.0.0.0', 4],
  ['a reserved address', '::', 96],
  ['a multicast address', '224.0.0.0', 4],
  ['a multicast address', 'ff00::', 8],
];

const blockLists = new Map<string, BlockList>();
for (const [label, network, prefix] of FORBIDDEN_RANGES) {
  const list = blockLists.get(label) ?? new BlockList();
  list.addSubnet(network, prefix, isIP(network) === 6 ? 'ipv6' : 'ipv4');
  blockLists.set(label, list);
}

/**
 * Why `address` may not be fetched ("a loopback address"), or null when it is public.
 * IPv4-mapped IPv6 forms (`::ffff:10.0.0.1`) are judged as the IPv4 address they carry.
 */
export function forbiddenAddressKind(address: string): string | null {
  const version = isIP(address);
  if (version === 0) return 'not an IP address';
  const family = version === 6 ? 'ipv6' : 'ipv4';
  for (const [label, list] of blockLists) {
    if (list.check(address, family)) return label;
  }
  return null;
}

/** The cloud metadata endpoints stay refused even when private addresses are allowed. */
export function isMetadataAddress(address: string): boolean {
  return forbiddenAddressKind(address) === 'a cloud metadata address';
}
