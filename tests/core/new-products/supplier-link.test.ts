import {
  checkSupplierLinks,
  checkSupplierPlatform,
  classifySupplierLink,
  supplierLinkKey,
} from '../../../src/core/new-products/supplier-link';
import { GOOD_PRODUCT, ofRule, productContext, productSheet } from './product-sheet';

describe('what a supplier link points at', () => {
  it.each([
    ['https://detail.1688.com/offer/612345678901.html', '1688'],
    ['https://detail.1688.com/offer/612345678901.html?spm=a260k.home2025&tracelog=x', '1688'],
    ['https://m.1688.com/offer/612345678901.html', '1688'],
    ['https://detail.m.1688.com/page/index.html?offerId=612345678901', '1688'],
    ['https://item.taobao.com/item.htm?id=700123456789', 'Taobao'],
    ['https://detail.tmall.com/item.htm?spm=a1z10&id=700123456789&skuId=1', 'Taobao'],
    ['https://h5.m.taobao.com/awp/core/detail.htm?id=700123456789', 'Taobao'],
    ['https://detail.m.tmall.com/item.htm?id=700123456789', 'Taobao'],
    ['https://world.taobao.com/item/700123456789.htm', 'Taobao'],
  ])('takes %s as one product', (url, platform) => {
    expect(classifySupplierLink(url)).toMatchObject({ platform, kind: 'product' });
  });

  it.each([
    'https://shop123456.taobao.com/',
    'https://shop123456.taobao.com/search.htm?id=700123456789',
    'https://s.taobao.com/search?q=desk+lamp',
    'https://lighting.1688.com/page/offerlist.htm',
    'https://shop1234.1688.com/page/index.htm',
    'https://winport.1688.com/page/index.html?memberId=b2b-123',
    'https://s.1688.com/selloffer/offer_search.htm?keywords=lamp',
    'https://lumio.tmall.com/shop/view_shop.htm',
    'https://list.tmall.com/search_product.htm?q=lamp',
  ])('takes %s as a shop, search or list page', (url) => {
    expect(classifySupplierLink(url).kind).toBe('listing');
  });

  it.each(['https://m.tb.cn/h.5abcDEF', 'https://e.tb.cn/h.xyz', 'https://qr.1688.com/s/AbCd'])(
    'takes %s as a short link',
    (url) => {
      expect(classifySupplierLink(url).kind).toBe('short');
    },
  );

  it('takes another site as elsewhere', () => {
    expect(classifySupplierLink('https://www.aliexpress.com/item/100500.html')).toEqual({
      platform: 'other',
      kind: 'elsewhere',
      productId: null,
    });
  });

  it('matches the same offer whatever tracking the link carries', () => {
    expect(supplierLinkKey('https://detail.1688.com/offer/612345678901.html?spm=abc')).toBe(
      supplierLinkKey('https://m.1688.com/offer/612345678901.html'),
    );
    expect(supplierLinkKey('https://Example.com/p/1/')).toBe('https://example.com/p/1');
  });
});

describe('R3.5: a supplier link names one product', () => {
  const check = (supplierUrl: string) =>
    checkSupplierLinks(productSheet([{ ...GOOD_PRODUCT, supplierUrl }]));

  it('accepts a product page', () => {
    expect(check('https://item.taobao.com/item.htm?id=700123456789')).toEqual([]);
  });

  it('refuses a shop page as an error', () => {
    expect(check('https://shop123456.taobao.com/')).toEqual([
      expect.objectContaining({ rule: 'R3.5', severity: 'error', column: 'supplierUrl', row: 2 }),
    ]);
  });

  it('warns about a short link it cannot follow', () => {
    expect(check('https://m.tb.cn/h.5abcDEF')).toEqual([
      expect.objectContaining({ rule: 'R3.5', severity: 'warning' }),
    ]);
  });

  it('warns about a link to another site', () => {
    expect(check('https://www.aliexpress.com/item/100500.html')).toEqual([
      expect.objectContaining({ rule: 'R3.5', severity: 'warning' }),
    ]);
  });
});

describe('R3.3: 1688 before Taobao', () => {
  const master = [
    { sku: 'BOX-02', supplierUrl: 'https://item.taobao.com/item.htm?id=700000000001' },
    { sku: 'LAMP-01', supplierUrl: 'https://detail.1688.com/offer/612345678901.html' },
  ];
  const taobao = 'https://item.taobao.com/item.htm?id=700123456789';
  const check = (sku: string, supplierUrl: string) =>
    checkSupplierPlatform(
      productSheet([{ ...GOOD_PRODUCT, sku, supplierUrl }]),
      productContext({ suppliers: master }).suppliers,
    );

  it('warns about a Taobao link for a SKU the master buys on 1688', () => {
    const findings = check('LAMP-01', taobao);
    expect(ofRule(findings, 'R3.3')).toEqual([
      expect.objectContaining({ severity: 'warning', column: 'supplierUrl', row: 2 }),
    ]);
    expect(findings[0].message.en).toContain('SKU-supplier master (row 3)');
  });

  it('accepts a 1688 link, and a Taobao link where the master has no 1688 supplier', () => {
    expect(check('LAMP-01', 'https://detail.1688.com/offer/699999999999.html')).toEqual([]);
    expect(check('BOX-02', taobao)).toEqual([]);
  });
});
