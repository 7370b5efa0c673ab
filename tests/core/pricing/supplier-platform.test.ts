import { supplierPlatformOf } from '../../../src/core/pricing/supplier-platform';

describe('supplier platform from a link', () => {
  it('knows 1688 pages', () => {
    expect(supplierPlatformOf('https://detail.1688.com/offer/612345678901.html')).toEqual({
      ok: true,
      value: '1688',
    });
    expect(supplierPlatformOf('https://m.1688.com/offer/612345678901.html?spm=a26')).toEqual({
      ok: true,
      value: '1688',
    });
    expect(supplierPlatformOf('detail.1688.com/offer/1.html')).toEqual({ ok: true, value: '1688' });
  });

  it('counts Taobao, Tmall and their short links as Taobao', () => {
    for (const link of [
      'https://item.taobao.com/item.htm?id=123456',
      'https://detail.tmall.com/item.htm?id=123456',
      'https://m.tb.cn/h.5abc',
      'http://TAOBAO.COM/item/1',
    ]) {
      expect(supplierPlatformOf(link)).toEqual({ ok: true, value: 'Taobao' });
    }
  });

  it('calls any other site other, and is not fooled by look-alikes', () => {
    expect(supplierPlatformOf('https://www.aliexpress.com/item/1.html')).toEqual({
      ok: true,
      value: 'other',
    });
    expect(supplierPlatformOf('https://not1688.com/offer/1.html')).toEqual({
      ok: true,
      value: 'other',
    });
    expect(supplierPlatformOf('https://taobao.com.example.net/item')).toEqual({
      ok: true,
      value: 'other',
    });
  });

  it('refuses text that is no link', () => {
    const parsed = supplierPlatformOf('ask Lily for the link');
    expect(!parsed.ok && parsed.problem.en).toBe(
      '"ask Lily for the link" is not a link (e.g. https://detail.1688.com/offer/123.html)',
    );
  });
});
