import type { ColumnDef, ColumnType, EnumOption, SheetDef, SheetId } from './types';

/**
 * The sheet contract: every sheet the add-on reads or writes, declared once. Set-up,
 * reading, dropdowns, the demo workbook and the docs all derive from these declarations.
 */

interface ColumnOptions {
  aliases?: string[];
  required?: boolean;
  unique?: boolean;
  options?: EnumOption[];
  addonOnly?: boolean;
  format?: string;
}

const FORMATS: Partial<Record<ColumnType, string>> = {
  money: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  integer: '0',
};

function col(
  id: string,
  type: ColumnType,
  zh: string,
  en: string,
  more: ColumnOptions = {},
): ColumnDef {
  return {
    id,
    label: { zh, en },
    aliases: more.aliases ?? [],
    type,
    required: more.required ?? false,
    unique: more.unique ?? false,
    options: more.options,
    addonOnly: more.addonOnly ?? false,
    format: more.format ?? FORMATS[type],
  };
}

function option(value: string, zh: string, en = value, also: string[] = []): EnumOption {
  return { value, zh, en, also };
}

/** Columns numbered 1…n: `bullet1`…`bullet5`, `卖点1`…, `Bullet point 1`…. */
function numbered(
  id: string,
  n: number,
  type: ColumnType,
  zh: string,
  en: string,
  aliasEn: string[] = [],
): ColumnDef[] {
  return Array.from({ length: n }, (_, i) =>
    col(`${id}${i + 1}`, type, `${zh}${i + 1}`, `${en} ${i + 1}`, {
      aliases: [`${id}${i + 1}`, ...aliasEn.map((alias) => `${alias}${i + 1}`)],
    }),
  );
}

export const SITES = ['UK', 'DE', 'FR', 'IT', 'ES'] as const;
export type Site = (typeof SITES)[number];

export const SITE_OPTIONS: EnumOption[] = [
  option('UK', '英国 UK', 'UK', ['GB', 'United Kingdom', '英国', 'amazon.co.uk']),
  option('DE', '德国 DE', 'DE', ['Germany', '德国', 'amazon.de']),
  option('FR', '法国 FR', 'FR', ['France', '法国', 'amazon.fr']),
  option('IT', '意大利 IT', 'IT', ['Italy', '意大利', 'amazon.it']),
  option('ES', '西班牙 ES', 'ES', ['Spain', '西班牙', 'amazon.es']),
];

export const PRODUCT_STATUS = [
  option('Draft', '草稿'),
  option('Submitted', '待审核'),
  option('Approved', '已通过'),
  option('Rejected', '已驳回'),
  option('Uploaded', '已上传'),
];

export const TRANSLATION_STATUS = [
  option('MachineDraft', '机翻草稿', 'Machine draft'),
  option('Reviewed', '已校对'),
];

export const ORDER_STATUS = [
  option('PendingReview', '待审核', 'Pending review', ['Pending']),
  option('ToPurchase', '待采购', 'To purchase'),
  option('ToShip', '待发货', 'To ship', ['Unshipped']),
  option('Shipped', '已发货'),
  option('Delivered', '已妥投'),
  option('Cancelled', '已取消', 'Cancelled', ['Canceled']),
  option('Refunded', '已退款'),
];

export const REFUND_KIND = [option('Full', '全额'), option('Partial', '部分')];

export const REFUND_REASON = [
  option('NotDelivered30', '未妥投30天', 'Not delivered 30d'),
  option('NotDelivered60', '未妥投60天', 'Not delivered 60d'),
  option('Size', '尺码'),
  option('Damaged', '损坏'),
  option('NoReason', '无理由', 'No reason'),
  option('Dispute', '纠纷'),
  option('CustomsDuty', '关税', 'Customs duty'),
  option('Cancelled', '取消'),
  option('Quality', '质量'),
  option('Other', '其他'),
];

export const PURCHASE_STATUS = [
  option('Draft', '草稿'),
  option('Approved', '已批准'),
  option('Paid', '已付款'),
];

export const ABNORMAL_STAGE = [
  option('Reassure', '30天安抚', 'Reassure'),
  option('RefundDue', '60天退款', 'Refund due'),
  option('Resolved', '已解决'),
];

export const CHANNEL_KIND = [
  option('express', '快递', 'express', ['DHL', 'EMS']),
  option('epacket', 'E邮宝', 'epacket', ['e-packet', '专线', '小包专线']),
  option('postal', '邮政小包', 'postal', ['post']),
];

export const PLATFORM = [
  option('1688', '1688'),
  option('Taobao', '淘宝', 'Taobao', ['Tmall', '天猫']),
  option('other', '其他', 'other'),
];

export const CURRENCIES = ['CNY', 'GBP', 'EUR', 'USD'];

function sheet(
  id: SheetId,
  zh: string,
  en: string,
  columns: ColumnDef[],
  more: Partial<Pick<SheetDef, 'aliases' | 'passThrough' | 'optional' | 'generated'>> = {},
): SheetDef {
  return {
    id,
    name: { zh, en },
    aliases: more.aliases ?? [],
    columns,
    passThrough: more.passThrough,
    optional: more.optional ?? false,
    generated: more.generated ?? false,
  };
}

const AMAZON_PASS_THROUGH = /^amazon\.[a-z0-9_]+$/i;

const newProducts = sheet(
  'newProducts',
  '上新表',
  'New products',
  [
    col('date', 'date', '日期', 'Date', { aliases: ['调研日期', 'Research date'] }),
    col('sku', 'sku', 'SKU', 'SKU', {
      required: true,
      unique: true,
      aliases: ['Seller SKU', 'item_sku'],
    }),
    col('parentSku', 'sku', '父SKU', 'Parent SKU', { aliases: ['parent_sku'] }),
    col('variationTheme', 'text', '变体主题', 'Variation theme', { aliases: ['variation_theme'] }),
    col('productType', 'text', '产品类型', 'Product type', {
      required: true,
      aliases: ['类目', 'feed_product_type'],
    }),
    col('browseNode', 'text', '浏览节点', 'Browse node', {
      required: true,
      aliases: ['类目节点', 'recommended_browse_nodes'],
    }),
    col('productId', 'text', '产品编码', 'Product ID', {
      aliases: ['EAN/UPC/GTIN', 'EAN', 'UPC', 'GTIN', 'external_product_id'],
    }),
    col('productIdType', 'text', '编码类型', 'ID type', {
      aliases: ['Product ID type', 'external_product_id_type'],
    }),
    col('gtinExempt', 'yesno', '免GTIN', 'GTIN exempt', { aliases: ['GTIN exemption'] }),
    col('countryOfOrigin', 'text', '原产地', 'Country of origin', {
      aliases: ['country_of_origin'],
    }),
    col('brand', 'text', '品牌', 'Brand', { aliases: ['brand_name'] }),
    col('model', 'text', '型号', 'Model', { aliases: ['Model number', 'part_number'] }),
    col('productName', 'text', '产品名称', 'Product name', {
      required: true,
      aliases: ['核心关键词', 'Core keyword'],
    }),
    col('feature', 'text', '特点', 'Feature', { aliases: ['Key feature'] }),
    col('material', 'text', '材质', 'Material'),
    col('color', 'text', '颜色', 'Colour', { aliases: ['Color', 'color_name'] }),
    col('size', 'text', '尺寸', 'Size', { aliases: ['尺码', 'size_name'] }),
    col('quantity', 'text', '数量', 'Quantity', { aliases: ['Pack quantity', 'number_of_items'] }),
    col('title', 'text', '标题', 'Title', { aliases: ['item_name'] }),
    ...numbered('bullet', 5, 'text', '卖点', 'Bullet point', ['bullet_point', 'Bullet ']),
    col('description', 'text', '描述', 'Description', {
      aliases: ['产品描述', 'product_description'],
    }),
    col('keywords', 'text', '关键词', 'Search terms', {
      aliases: ['Keywords', 'generic_keywords'],
    }),
    ...numbered('image', 5, 'url', '图片', 'Image', ['Image URL ', '图片链接']),
    col('supplierUrl', 'url', '供应商链接', 'Supplier link', {
      required: true,
      aliases: ['采购链接', 'Supplier URL'],
    }),
    col('supplierName', 'text', '供应商', 'Supplier', { aliases: ['Supplier name'] }),
    col('costCny', 'money', '采购价', 'Purchase price', {
      required: true,
      aliases: ['成本', 'Cost', 'Cost CNY'],
    }),
    col('weightKg', 'number', '包装重量', 'Package weight', {
      required: true,
      aliases: ['重量', 'Weight', 'Weight kg'],
    }),
    col('lengthCm', 'number', '长', 'Length', { aliases: ['Length cm'] }),
    col('widthCm', 'number', '宽', 'Width', { aliases: ['Width cm'] }),
    col('heightCm', 'number', '高', 'Height', { aliases: ['Height cm'] }),
    col('battery', 'yesno', '带电', 'Battery', { aliases: ['Contains battery'] }),
    col('powder', 'yesno', '粉末', 'Powder'),
    col('liquid', 'yesno', '液体', 'Liquid'),
    col('bulky', 'yesno', '大体积', 'Bulky'),
    col('fragile', 'yesno', '易碎', 'Fragile'),
    col('reason', 'text', '选品理由', 'Why', { required: true, aliases: ['Reason'] }),
    col('advantage', 'text', '优势', 'Advantage', { required: true }),
    col('notes', 'text', '注意事项', 'Notes'),
    col('price', 'money', '售价', 'Price', { aliases: ['standard_price', 'Price GBP'] }),
    col('status', 'enum', '状态', 'Status', { options: PRODUCT_STATUS }),
    col('reviewer', 'text', '审核人', 'Reviewer', { addonOnly: true }),
    col('reviewedAt', 'datetime', '审核时间', 'Reviewed at', { addonOnly: true }),
    col('reviewNote', 'text', '审核意见', 'Review note'),
    col('exportBatch', 'text', '导出批次', 'Export batch', { addonOnly: true }),
  ],
  { aliases: ['新品表', 'New product sheet', 'Products'], passThrough: AMAZON_PASS_THROUGH },
);

export const SHEETS: Record<SheetId, SheetDef> = {
  settings: sheet('settings', '设置', 'Settings', [
    col('key', 'text', '键', 'Key', { required: true, unique: true }),
    col('value', 'text', '值', 'Value'),
    col('note', 'text', '备注', 'Note'),
  ]),

  fx: sheet(
    'fx',
    '汇率',
    'FX rates',
    [
      col('month', 'month', '月份', 'Month', { required: true, format: '@' }),
      col('currency', 'currency', '币种', 'Currency', { required: true }),
      col('rate', 'number', '汇率', 'Rate', { required: true, format: '0.0000' }),
    ],
    { aliases: ['FX', 'Exchange rates'] },
  ),

  newProducts,

  translations: sheet(
    'translations',
    '翻译',
    'Translations',
    [
      col('sku', 'sku', 'SKU', 'SKU', { required: true }),
      col('site', 'enum', '站点', 'Site', { required: true, options: SITE_OPTIONS }),
      col('title', 'text', '标题', 'Title'),
      ...numbered('bullet', 5, 'text', '卖点', 'Bullet point', ['bullet_point']),
      col('description', 'text', '描述', 'Description'),
      col('keywords', 'text', '关键词', 'Search terms', { aliases: ['Keywords'] }),
      col('browseNode', 'text', '浏览节点', 'Browse node'),
      col('price', 'money', '售价', 'Price'),
      col('status', 'enum', '状态', 'Status', { options: TRANSLATION_STATUS }),
      col('translator', 'text', '译者', 'Translator'),
    ],
    { passThrough: AMAZON_PASS_THROUGH },
  ),

  amazonDefaults: sheet(
    'amazonDefaults',
    '亚马逊默认值',
    'Amazon defaults',
    [
      col('productType', 'text', '产品类型', 'Product type', { required: true }),
      col('site', 'enum', '站点', 'Site', { options: SITE_OPTIONS }),
      col('attribute', 'text', '属性', 'Attribute', { required: true }),
      col('value', 'text', '值', 'Value', { required: true }),
    ],
    { optional: true },
  ),

  amazonTemplates: sheet(
    'amazonTemplates',
    '亚马逊模板',
    'Amazon templates',
    [
      col('productType', 'text', '产品类型', 'Product type', { required: true }),
      col('site', 'enum', '站点', 'Site', { required: true, options: SITE_OPTIONS }),
      col('row', 'integer', '行', 'Row', { required: true }),
      col('content', 'text', '内容', 'Content', { aliases: ['Header row'] }),
    ],
    { optional: true },
  ),

  skuSuppliers: sheet(
    'skuSuppliers',
    'SKU供应商总表',
    'SKU suppliers',
    [
      col('sku', 'sku', 'SKU', 'SKU', { required: true }),
      col('productName', 'text', '产品名称', 'Product name'),
      col('supplierName', 'text', '供应商', 'Supplier'),
      col('supplierUrl', 'url', '供应商链接', 'Supplier link', {
        required: true,
        aliases: ['采购链接'],
      }),
      col('platform', 'enum', '平台', 'Platform', { options: PLATFORM }),
      col('unitCostCny', 'money', '单价', 'Unit cost', { aliases: ['采购价', 'Unit cost CNY'] }),
      col('agentPriceCny', 'money', '代理价', 'Agent price'),
      col('moq', 'integer', '起订量', 'MOQ'),
      col('contact', 'text', '联系方式', 'Contact', { aliases: ['QQ', '旺旺'] }),
      col('weightKg', 'number', '重量', 'Weight'),
      col('lengthCm', 'number', '长', 'Length'),
      col('widthCm', 'number', '宽', 'Width'),
      col('heightCm', 'number', '高', 'Height'),
      col('battery', 'yesno', '带电', 'Battery'),
      col('powder', 'yesno', '粉末', 'Powder'),
      col('liquid', 'yesno', '液体', 'Liquid'),
      col('addedOn', 'date', '添加日期', 'Added on'),
      col('lastBoughtOn', 'date', '最近采购', 'Last bought on'),
      col('preferred', 'yesno', '首选', 'Preferred'),
      col('notes', 'text', '备注', 'Notes'),
    ],
    { aliases: ['SKU供应商', 'SKU-supplier master', 'Suppliers'] },
  ),

  logisticsContacts: sheet('logisticsContacts', '物流联系表', 'Logistics contacts', [
    col('carrier', 'text', '物流商', 'Carrier', { required: true }),
    col('contact', 'text', '联系人', 'Contact'),
    col('phone', 'text', '电话', 'Phone'),
    col('qq', 'text', 'QQ/微信', 'QQ/WeChat', { aliases: ['QQ', '微信', 'WeChat'] }),
    col('backendUrl', 'url', '后台网址', 'Backend URL'),
    col('channels', 'text', '渠道', 'Channels'),
    col('pickupAddress', 'text', '揽收地址', 'Pickup address'),
    col('notes', 'text', '备注', 'Notes'),
  ]),

  shippingChannels: sheet('shippingChannels', '物流渠道', 'Shipping channels', [
    col('channel', 'text', '渠道', 'Channel', { required: true }),
    col('carrier', 'text', '物流商', 'Carrier'),
    col('kind', 'enum', '类型', 'Kind', { required: true, options: CHANNEL_KIND }),
    col('destination', 'enum', '目的地', 'Destination', { required: true, options: SITE_OPTIONS }),
    col('minKg', 'number', '最小重量', 'Min kg'),
    col('maxKg', 'number', '最大重量', 'Max kg'),
    col('perKgCny', 'money', '每公斤', 'Per kg', { aliases: ['Per kg CNY'] }),
    col('perParcelCny', 'money', '挂号费', 'Per parcel', { aliases: ['处理费', 'Per parcel CNY'] }),
    col('firstKg', 'number', '首重', 'First kg'),
    col('firstCny', 'money', '首重价', 'First price', { aliases: ['First CNY'] }),
    col('stepKg', 'number', '续重', 'Step kg'),
    col('stepCny', 'money', '续重价', 'Step price', { aliases: ['Step CNY'] }),
    col('volumetricDivisor', 'number', '材积除数', 'Volumetric divisor'),
    col('acceptsDangerous', 'yesno', '可走带电', 'Accepts dangerous', { aliases: ['带电可走'] }),
    col('transitDays', 'number', '时效', 'Transit days'),
    col('active', 'yesno', '启用', 'Active'),
  ]),

  orders: sheet(
    'orders',
    '订单',
    'Orders',
    [
      col('orderId', 'text', '订单号', 'Order ID', {
        required: true,
        aliases: ['amazon-order-id', 'Order number', '平台订单号'],
      }),
      col('site', 'enum', '站点', 'Site', {
        required: true,
        options: SITE_OPTIONS,
        aliases: ['sales-channel', '店铺站点'],
      }),
      col('orderedAt', 'datetime', '下单时间', 'Ordered at', {
        required: true,
        aliases: ['purchase-date', 'Order date', '付款时间'],
      }),
      col('sku', 'sku', 'SKU', 'SKU', { required: true, aliases: ['seller-sku', '商品SKU'] }),
      col('quantity', 'integer', '数量', 'Quantity', {
        required: true,
        aliases: ['quantity-purchased', '购买数量'],
      }),
      col('itemPrice', 'money', '单价', 'Item price', {
        required: true,
        aliases: ['item-price', '商品单价'],
      }),
      col('shippingCharged', 'money', '运费收入', 'Shipping charged', {
        aliases: ['shipping-price', '买家运费'],
      }),
      col('currency', 'currency', '币种', 'Currency', { required: true }),
      col('buyerName', 'text', '买家', 'Buyer name', { aliases: ['buyer-name', '买家姓名'] }),
      col('buyerEmail', 'text', '买家邮箱', 'Buyer email', { aliases: ['buyer-email'] }),
      col('buyerCountry', 'text', '国家', 'Buyer country', {
        aliases: ['ship-country', '收件国家'],
      }),
      col('status', 'enum', '状态', 'Status', {
        required: true,
        options: ORDER_STATUS,
        aliases: ['订单状态'],
      }),
      col('shippedAt', 'datetime', '发货时间', 'Shipped at'),
      col('trackingNumber', 'text', '跟踪号', 'Tracking number', {
        aliases: ['运单号', 'tracking-number'],
      }),
      col('channel', 'text', '物流渠道', 'Channel', { aliases: ['ship-service-level'] }),
      col('deliveredAt', 'datetime', '妥投时间', 'Delivered at'),
      col('amazonFees', 'money', '平台费', 'Amazon fees', { aliases: ['佣金', 'Fees'] }),
      col('vat', 'money', '增值税', 'VAT', { aliases: ['item-tax'] }),
    ],
    { aliases: ['订单表', 'Order list'] },
  ),

  shippingFees: sheet('shippingFees', '运费账单', 'Shipping fees', [
    col('date', 'date', '日期', 'Date', { required: true }),
    col('carrier', 'text', '物流商', 'Carrier', { required: true }),
    col('trackingNumber', 'text', '跟踪号', 'Tracking number', {
      required: true,
      aliases: ['运单号'],
    }),
    col('orderId', 'text', '订单号', 'Order ID'),
    col('chargedKg', 'number', '计费重', 'Charged kg', { aliases: ['计费重量'] }),
    col('feeCny', 'money', '运费', 'Fee', { required: true, aliases: ['费用', 'Fee CNY'] }),
  ]),

  purchases: sheet('purchases', '采购单', 'Purchases', [
    col('poId', 'text', '采购单号', 'PO ID', { required: true, aliases: ['PO'] }),
    col('date', 'date', '日期', 'Date', { required: true }),
    col('supplierName', 'text', '供应商', 'Supplier'),
    col('sku', 'sku', 'SKU', 'SKU', { required: true }),
    col('quantity', 'integer', '数量', 'Quantity', { required: true }),
    col('unitCostCny', 'money', '单价', 'Unit cost', { required: true }),
    col('inboundFreightCny', 'money', '进货运费', 'Inbound freight'),
    col('orderIds', 'text', '订单号', 'Order IDs', {
      aliases: ['给供应商的备注', 'Note to supplier'],
    }),
    col('status', 'enum', '状态', 'Status', { required: true, options: PURCHASE_STATUS }),
    col('approvedBy', 'text', '批准人', 'Approved by'),
  ]),

  refunds: sheet(
    'refunds',
    '退款表',
    'Refunds',
    [
      col('date', 'date', '日期', 'Date', { required: true }),
      col('site', 'enum', '站点', 'Site', { required: true, options: SITE_OPTIONS }),
      col('orderId', 'text', '订单号', 'Order ID', { required: true }),
      col('sku', 'sku', 'SKU', 'SKU'),
      col('amount', 'money', '金额', 'Amount', { required: true, aliases: ['退款金额'] }),
      col('currency', 'currency', '币种', 'Currency', { required: true }),
      col('kind', 'enum', '类型', 'Kind', { options: REFUND_KIND }),
      col('reason', 'enum', '原因', 'Reason', { required: true, options: REFUND_REASON }),
      col('handledBy', 'text', '处理人', 'Handled by'),
      col('approvedBy', 'text', '批准人', 'Approved by'),
      col('bookedMonth', 'month', '入账月份', 'Booked month', { addonOnly: true, format: '@' }),
      col('notes', 'text', '备注', 'Notes'),
    ],
    { aliases: ['退款记录', 'Refund log'] },
  ),

  expenses: sheet('expenses', '费用', 'Expenses', [
    col('date', 'date', '日期', 'Date', { required: true }),
    col('category', 'text', '类别', 'Category'),
    col('amountCny', 'money', '金额', 'Amount', { required: true, aliases: ['Amount CNY'] }),
    col('description', 'text', '说明', 'Description'),
    col('approvedBy', 'text', '批准人', 'Approved by'),
    col('poId', 'text', '采购单号', 'PO ID'),
  ]),

  abnormalShipments: sheet('abnormalShipments', '异常物流', 'Abnormal shipments', [
    col('orderId', 'text', '订单号', 'Order ID', { required: true }),
    col('trackingNumber', 'text', '跟踪号', 'Tracking number'),
    col('shippedAt', 'date', '发货日期', 'Shipped at'),
    col('daysInTransit', 'integer', '在途天数', 'Days in transit'),
    col('stage', 'enum', '阶段', 'Stage', { options: ABNORMAL_STAGE }),
    col('firstSeen', 'date', '首次发现', 'First seen'),
    col('lastChecked', 'date', '最近检查', 'Last checked'),
    col('owner', 'text', '负责人', 'Owner'),
    col('notes', 'text', '备注', 'Notes'),
  ]),

  glossary: sheet(
    'glossary',
    '术语表',
    'Glossary',
    [
      col('site', 'enum', '站点', 'Site', { options: SITE_OPTIONS }),
      col('term', 'text', '术语', 'Term', { required: true }),
      col('translation', 'text', '译文', 'Translation'),
      col('keep', 'yesno', '不翻译', 'Keep as is'),
    ],
    { optional: true },
  ),

  staff: sheet(
    'staff',
    '考勤绩效',
    'Staff',
    [
      col('name', 'text', '姓名', 'Name', { required: true }),
      col('month', 'month', '月份', 'Month', { required: true, format: '@' }),
      col('baseSalary', 'money', '基本工资', 'Base salary', { required: true }),
      col('workingDays', 'number', '应出勤天数', 'Working days', { required: true }),
      col('overtimeDays', 'number', '加班天数', 'Overtime days'),
      col('leaveRequests', 'integer', '请假次数', 'Leave requests'),
      col('absentDays', 'number', '缺勤天数', 'Absent days'),
      col('erpScore', 'number', 'ERP评分', 'ERP score'),
      col('overtimePay', 'money', '加班费', 'Overtime pay', { addonOnly: true }),
      col('attendanceZeroed', 'yesno', '考勤清零', 'Attendance zeroed', { addonOnly: true }),
      col('bonusLost', 'yesno', '扣绩效', 'Bonus lost', { addonOnly: true }),
    ],
    { optional: true },
  ),

  auditLog: sheet(
    'auditLog',
    '操作日志',
    'Audit log',
    [
      col('time', 'datetime', '时间', 'Time', { required: true }),
      col('user', 'text', '用户', 'User'),
      col('action', 'text', '操作', 'Action', { required: true }),
      col('sheet', 'text', '工作表', 'Sheet'),
      col('rows', 'text', '行', 'Rows'),
      col('counts', 'text', '数量', 'Counts'),
      col('outcome', 'text', '结果', 'Outcome'),
    ],
    { generated: true },
  ),
};

export const SHEET_IDS = Object.keys(SHEETS) as SheetId[];

/** The settings keys, their defaults and what they mean; the Settings sheet holds overrides. */
export const SETTING_DEFAULTS: Record<string, string> = {
  baseCurrency: 'CNY',
  timeZone: 'Asia/Shanghai',
  minListingMargin: '0.30',
  minOrderMargin: '0.10',
  expressOverKg: '2',
  dangerousFreightFactor: '2',
  declaredValueShare: '0.10',
  smallParcelDeclaredUsd: '5-10',
  refundApprovalOver: '500',
  reassureAfterDays: '30',
  refundAfterDays: '60',
  directors: '',
  uploaders: '',
  finance: '',
  purchasing: '',
  'owner.UK': '',
  'owner.DE': '',
  'owner.FR': '',
  'owner.IT': '',
  'owner.ES': '',
  'vat.UK': '0.20',
  'vat.DE': '0.19',
  'vat.FR': '0.20',
  'vat.IT': '0.22',
  'vat.ES': '0.21',
  referralFee: '0.15',
  exportFolderId: '',
  sellerId: '',
  merchantShippingGroup: 'legacy-template-id',
  countryOfOrigin: 'CN',
  priceEnding: '0.99',
};
