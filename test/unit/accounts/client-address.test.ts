import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressKey, expandIPv6 } from '../../../api/accounts/client-address.js';

describe('client addresses for sign-in counting', () => {
  it('keeps an IPv4 address, also written as IPv4-mapped IPv6', () => {
    assert.equal(addressKey('203.0.113.7'), '203.0.113.7');
    assert.equal(addressKey('::ffff:203.0.113.7'), '203.0.113.7');
    assert.equal(addressKey(undefined), 'unknown');
  });

  it('counts an IPv6 address by its /64 network', () => {
    assert.equal(addressKey('2001:db8:1:2:aaaa::1'), '2001:0db8:0001:0002::/64');
    assert.equal(addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff'), '2001:0db8:0001:0002::/64');
    assert.equal(addressKey('2001:db8::1'), '2001:0db8:0000:0000::/64');
    assert.equal(addressKey('::1'), '0000:0000:0000:0000::/64');
    assert.equal(addressKey('fe80::1%eth0'), 'fe80:0000:0000:0000::/64');
  });

  it('expands "::" to the missing groups', () => {
    assert.deepEqual(expandIPv6('2001:db8::8:800:200c:417a'), ['2001', '0db8', '0000', '0000', '0008', '0800', '200c', '417a']);
    assert.deepEqual(expandIPv6('::'), Array(8).fill('0000'));
    assert.deepEqual(expandIPv6('1::'), ['0001', ...Array(7).fill('0000')]);
  });
});
