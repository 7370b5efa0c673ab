/** An ERP order export as purchasing downloads it: Chinese headers, a buyer name like a formula. */
export const ERP_EXPORT = [
  [
    '平台订单号',
    '商品SKU',
    '站点',
    '付款时间',
    '购买数量',
    '商品单价',
    '币种',
    '订单状态',
    '买家姓名',
  ],
  ['206-1', 'LAMP-01', 'UK', '2026/11/3 14:05', '2', '12.99', 'GBP', '待采购', 'Ann Lee'],
  ['206-1', 'BOX-02', 'UK', '2026/11/3 14:05', '1', '8.50', 'GBP', '待采购', 'Ann Lee'],
  [
    '306-7',
    'LAMP-01',
    'DE',
    '2026-11-04 09:00',
    '1',
    '14.99',
    'EUR',
    '待采购',
    '=IMPORTXML("http://x","//a")',
  ],
];
