import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../src/platform/net/private-addresses.js';

/** M4 webhooks must not reach the server's own network (SSRF): which addresses count as the server's side. */
describe('private addresses', () => {
  it.each([
    '127.0.0.1', '127.255.255.254', '10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.255.255', '192.168.1.1',
    '169.254.169.254', '169.254.0.1', '0.0.0.0', '0.1.2.3', '100.64.0.1', '192.0.0.8', '192.0.2.1', '198.18.0.1',
    '198.51.100.7', '203.0.113.9', '224.0.0.1', '239.255.255.250', '240.0.0.1', '255.255.255.255',
  ])('refuses IPv4 %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'FE80::ABCD', 'fe80::1%eth0', 'fec0::1', 'ff02::1', '2001:db8::1', '100::1', '2001::1', '64:ff9b:1::1'])(
    'refuses IPv6 %s',
    (address) => {
      expect(isPrivateAddress(address)).toBe(true);
    },
  );

  it.each(['::ffff:127.0.0.1', '::ffff:7f00:1', '::FFFF:10.0.0.1', '::ffff:169.254.169.254', '::ffff:192.168.0.1', '::ffff:0.0.0.0', '::127.0.0.1'])(
    'refuses IPv4-mapped (and -compatible) IPv6 %s',
    (address) => {
      expect(isPrivateAddress(address)).toBe(true);
    },
  );

  it('refuses NAT64 and 6to4 addresses that carry a private IPv4 address, and allows those that carry a public one', () => {
    expect(isPrivateAddress('64:ff9b::a00:1')).toBe(true);
    expect(isPrivateAddress('64:ff9b::127.0.0.1')).toBe(true);
    expect(isPrivateAddress('2002:c0a8:101::1')).toBe(true);
    expect(isPrivateAddress('64:ff9b::808:808')).toBe(false);
    expect(isPrivateAddress('2002:808:808::1')).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '120.197.0.1', '172.15.255.255', '172.32.0.1', '192.169.0.1', '100.128.0.1', '169.253.255.255', '2606:4700:4700::1111', '2400:3200::1', '::ffff:8.8.8.8'])(
    'allows the public address %s',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );

  it.each(['', 'localhost', 'example.com', '1.2.3', '256.0.0.1', '::ffff:999.0.0.1'])('refuses %j, which is no IP address', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });
});
