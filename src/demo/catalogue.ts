/**
 * What the demo company sells: Lumora home goods researched on 1688 and Taobao. The first
 * batch was listed on the UK site at the end of September 2026 and then on DE, FR, IT and ES;
 * the blanket family and the drawer organiser were approved in November and wait for export.
 */

export type ProductStatus = 'Draft' | 'Submitted' | 'Approved' | 'Uploaded';

/** A supplier of one SKU, as purchasing records it in the SKU-supplier master (R5.2a). */
export interface DemoSupplier {
  name: string;
  url: string;
  platform: '1688' | 'Taobao';
  unitCny: number;
  /** 代理价: the lower price the supplier gives us as its agent (R5.1g). */
  agentCny?: number;
  moq: number;
  contact: string;
  notes?: string;
}

/** One row of the new-product sheet, with its suppliers (the first is the preferred one). */
export interface DemoProduct {
  sku: string;
  parentSku?: string;
  variationTheme?: string;
  date: string;
  status: ProductStatus;
  browseNode: string;
  /** The first twelve digits of the EAN-13; none when the brand is GTIN-exempt. */
  eanBase?: string;
  model: string;
  productName: string;
  feature: string;
  material: string;
  color: string;
  size: string;
  quantity: string;
  /** Empty when the researcher left it to be built from the parts (R4.3b). */
  title: string;
  bullets: string[];
  description: string;
  keywords: string;
  images: string[];
  suppliers: DemoSupplier[];
  weightKg: number;
  dims: [number, number, number];
  battery: boolean;
  bulky: boolean;
  fragile: boolean;
  reason: string;
  advantage: string;
  notes: string;
  /** The UK shelf price in GBP, VAT included; none for a parent or a draft. */
  priceGbp: number | null;
  reviewedAt?: string;
  reviewNote?: string;
  plugType?: string;
  amazonFragile?: string;
}

export const BRAND = 'Lumora';

/** The EAN-13 check digit: weights 1 and 3 from the left, the total rounded up to ten. */
export function ean13(twelveDigits: string): string {
  const sum = [...twelveDigits].reduce(
    (total, digit, i) => total + Number(digit) * (i % 2 === 0 ? 1 : 3),
    0,
  );
  return `${twelveDigits}${(10 - (sum % 10)) % 10}`;
}

function images(slug: string, kinds: string[], first = 1): string[] {
  return kinds.map(
    (kind, i) => `https://img.demo-seller.example/lumora/${slug}/${first + i}-${kind}.jpg`,
  );
}

const MINGLIANG: Omit<DemoSupplier, 'url' | 'unitCny'> = {
  name: '深圳市明亮照明科技有限公司',
  platform: '1688',
  moq: 2,
  contact: '旺旺 mingliang_zm；电话 0755-2983 1146',
};

const lamp: DemoProduct = {
  sku: 'LUM-DL01',
  date: '2026-09-21',
  status: 'Uploaded',
  browseNode: '3146311',
  eanBase: '692718340012',
  model: 'LD-300',
  productName: 'LED Desk Lamp',
  feature: 'Dimmable Touch Control',
  material: 'Aluminium',
  color: 'White',
  size: '36 cm',
  quantity: '1',
  title:
    'Lumora LD-300 LED Desk Lamp, Dimmable Touch Control Reading Light with USB Charging Port, 3 Colour Modes, Foldable 36 cm Aluminium Arm, White, 1 Piece',
  bullets: [
    'DIMMABLE TOUCH CONTROL: 5 brightness levels and 3 colour temperatures (3000K warm, 4500K natural, 6500K cool) change with a light touch, so you can read, study or work in comfort.',
    'EYE-CARING LIGHT: flicker-free LEDs behind a frosted diffuser give soft, even light without glare, for long evenings at the desk.',
    'USB CHARGING PORT: a 5V/1A port in the base charges your phone while you work; a UK plug adapter is included.',
    'FOLDABLE ALUMINIUM ARM: the arm and head turn through 180 degrees to light exactly where you need it, then fold flat into a drawer.',
    'WHAT YOU GET: 1 x LED desk lamp, 1 x UK plug adapter, 1 x USB cable, user manual and a 12-month warranty.',
  ],
  description:
    'Parameters: material aluminium and ABS; colour white; power 10 W; input 5 V / 2 A; colour temperature 3000-6500 K; 5 brightness levels; arm length 36 cm; base 13 x 13 cm; net weight 0.6 kg.\n\nFeatures: touch dimming with memory, three colour modes for reading, study and relaxing, flicker-free LEDs that are kind to the eyes, a USB charging port in the base, and a foldable arm with a rotating head for any angle.',
  keywords:
    'reading lamp bedside light office study table lamp eye care touch lamp usb charging foldable dimmable led',
  images: images('ld-300', ['main', 'detail-touch', 'detail-usb', 'size', 'usage']),
  suppliers: [
    {
      ...MINGLIANG,
      url: 'https://detail.1688.com/offer/675318204519.html',
      unitCny: 45,
      notes: '可提供英规、欧规插头',
    },
    {
      name: '中山古镇灯饰旗舰店',
      url: 'https://item.taobao.com/item.htm?id=718204563921',
      platform: 'Taobao',
      unitCny: 49,
      moq: 1,
      contact: '旺旺 guzhen_dengshi',
    },
  ],
  weightKg: 0.75,
  dims: [35, 13, 8],
  battery: false,
  bulky: false,
  fragile: true,
  reason: '英国站台灯类目月销过千，头部卖家评论不足500条，竞争适中，利润空间大',
  advantage: '铝合金灯臂比同价位塑料款质感好，底座带USB充电口，供应商可配英规插头',
  notes: '灯罩易碎：气泡膜加五层纸箱；随附英规插头适配器',
  priceGbp: 34.99,
  reviewedAt: '2026-09-25T10:30',
  reviewNote: '同意，注意包装',
  plugType: 'type_g_3pin_uk',
  amazonFragile: 'true',
};

const boxes: DemoProduct = {
  sku: 'LUM-BX02',
  date: '2026-09-21',
  status: 'Uploaded',
  browseNode: '10706801',
  eanBase: '692718340029',
  model: 'BB-3',
  productName: 'Bamboo Storage Box',
  feature: 'Stackable Nesting',
  material: 'Bamboo',
  color: 'Natural',
  size: '26 x 20 cm',
  quantity: '3',
  title:
    'Lumora BB-3 Bamboo Storage Box with Lid, Stackable Nesting Organiser Set of 3 for Bathroom, Kitchen and Desk, Natural, 26 x 20 cm',
  bullets: [
    'SET OF 3 SIZES: small 18 x 12 cm, medium 22 x 16 cm and large 26 x 20 cm boxes nest inside each other and stack with their lids on.',
    'NATURAL BAMBOO: sustainably grown, sanded smooth and sealed with a water-based lacquer that resists moisture in bathrooms and kitchens.',
    'TIDY EVERY ROOM: keeps tea bags, cosmetics, cables, remote controls or craft supplies in order and looks good on open shelves.',
    'EASY CARE: wipe with a damp cloth; no assembly needed.',
  ],
  description:
    'Parameters: material bamboo with water-based lacquer; colour natural; small 18 x 12 x 8 cm, medium 22 x 16 x 9 cm, large 26 x 20 x 10 cm; total weight 0.8 kg; set of 3 boxes with lids.\n\nFeatures: nesting design that saves space in storage, stackable lids, moisture-resistant finish, rounded corners and a warm natural grain that suits any room.',
  keywords:
    'wooden box storage organiser bathroom kitchen tea box desk tidy nesting boxes lids eco friendly home organisation',
  images: images('bb-3', ['main', 'detail-lid', 'detail-grain', 'size', 'usage']),
  suppliers: [
    {
      name: '福建安溪竹木工艺品厂',
      url: 'https://detail.1688.com/offer/702918364825.html',
      platform: '1688',
      unitCny: 30,
      agentCny: 27,
      moq: 3,
      contact: '旺旺 anxi_zhumu；QQ 3319284751',
      notes: '代理价每月10套以上',
    },
    {
      name: '竹语家居',
      url: 'https://item.taobao.com/item.htm?id=693817264502',
      platform: 'Taobao',
      unitCny: 34,
      moq: 1,
      contact: '旺旺 zhuyu_home',
    },
  ],
  weightKg: 0.9,
  dims: [28, 20, 8],
  battery: false,
  bulky: false,
  fragile: false,
  reason: '收纳类目需求稳定，竹制环保风格在英国受欢迎，竞品价格偏高',
  advantage: '三件套嵌套包装体积小，运费低；供应商给代理价',
  notes: '竹制品需防潮，包装内放干燥剂',
  priceGbp: 32.99,
  reviewedAt: '2026-09-25T10:35',
};

const teaSet: DemoProduct = {
  sku: 'LUM-TS03',
  date: '2026-09-22',
  status: 'Uploaded',
  browseNode: '3149021',
  eanBase: '692718340036',
  model: 'TS-2',
  productName: 'Ceramic Tea Set',
  feature: 'Portable Case',
  material: 'Porcelain',
  color: 'Blue and White',
  size: '200 ml',
  quantity: '',
  title:
    'Lumora TS-2 Ceramic Tea Set for Travel, Portable Case with 200 ml Teapot, Infuser and 2 Cups, Blue and White Porcelain, Gift Set',
  bullets: [
    'TEA ANYWHERE: a 200 ml teapot with a stainless steel infuser and two 60 ml cups pack into a padded case for picnics, hotels and the office.',
    'BLUE AND WHITE PORCELAIN: hand-painted glaze fired at 1300°C, lead-free and easy to clean.',
    'GIFT READY: arrives in a printed gift box, a thoughtful present for tea lovers.',
    'SAFE PACKING: every piece sits in its own foam slot so the set arrives intact.',
  ],
  description:
    'Parameters: material porcelain; teapot 200 ml; 2 cups of 60 ml; stainless steel infuser; case 20 x 15 x 12 cm; weight 0.7 kg.\n\nFeatures: hand-painted blue and white glaze, lead-free and dishwasher safe cups, fine-mesh infuser for loose leaf tea, padded travel case with a zip, gift box included.',
  keywords:
    'travel tea set portable teapot kung fu tea chinese tea gift porcelain cups infuser picnic tea lovers present',
  images: images('ts-2', ['main', 'detail-glaze', 'detail-case', 'size', 'usage']),
  suppliers: [
    {
      name: '景德镇青花瓷艺有限公司',
      url: 'https://detail.1688.com/offer/681029374615.html',
      platform: '1688',
      unitCny: 42,
      moq: 2,
      contact: '旺旺 jdz_qinghua；电话 0798-8562 2301',
    },
  ],
  weightKg: 0.8,
  dims: [20, 15, 12],
  battery: false,
  bulky: false,
  fragile: true,
  reason: '旅行茶具在英国礼品季搜索量上升，竞争卖家少',
  advantage: '景德镇青花手绘，礼盒包装，适合节日礼品',
  notes: '陶瓷易碎：泡沫内托加气泡膜，外箱贴易碎标签',
  priceGbp: 34.99,
  reviewedAt: '2026-09-25T10:40',
  reviewNote: '同意；破损率需跟踪',
  amazonFragile: 'true',
};

const utensils: DemoProduct = {
  sku: 'LUM-SU04',
  date: '2026-09-22',
  status: 'Uploaded',
  browseNode: '11716511',
  eanBase: '692718340043',
  model: 'SK-5',
  productName: 'Silicone Kitchen Utensil Set',
  feature: 'Heat Resistant',
  material: 'Silicone',
  color: 'Grey',
  size: '28-32 cm',
  quantity: '5',
  title:
    'Lumora SK-5 Silicone Kitchen Utensil Set of 5, 28-32 cm, Heat Resistant up to 230°C, Spatula, Turner, Ladle, Slotted Spoon and Tongs with Wooden Handles, Grey',
  bullets: [
    'FIVE ESSENTIALS: spatula, turner, ladle, slotted spoon and tongs cover everyday frying, stirring, serving and flipping.',
    'HEAT RESISTANT UP TO 230°C: food-grade silicone heads do not melt, warp or scratch non-stick pans.',
    'WOODEN HANDLES: beech handles stay cool and sit comfortably in the hand.',
    'EASY TO CLEAN: seamless heads leave no gaps for food; rinse or wash by hand.',
  ],
  description:
    'Parameters: heads food-grade silicone, BPA free; handles beech wood; heat resistant to 230°C; lengths 28-32 cm; colour grey; 5 pieces.\n\nFeatures: safe on non-stick cookware, one-piece heads without seams, hanging holes for storage, a complete set for frying, stirring and serving.',
  keywords:
    'cooking utensils kitchen tools spatula set non stick cookware wooden handle tongs ladle turner bpa free gift',
  images: images('sk-5', ['main', 'detail-head', 'detail-handle', 'size']),
  suppliers: [
    {
      name: '东莞市硅宝橡塑制品有限公司',
      url: 'https://detail.1688.com/offer/664820391735.html',
      platform: '1688',
      unitCny: 26,
      agentCny: 23.5,
      moq: 5,
      contact: '旺旺 guibao_xiangsu；QQ 2210938475',
    },
    {
      name: '厨乐家居专营店',
      url: 'https://item.taobao.com/item.htm?id=702938475610',
      platform: 'Taobao',
      unitCny: 29,
      moq: 1,
      contact: '旺旺 chule_jiaju',
    },
  ],
  weightKg: 0.55,
  dims: [33, 10, 6],
  battery: false,
  bulky: false,
  fragile: false,
  reason: '厨房工具刚需，复购和礼品需求都有',
  advantage: '木柄加硅胶头，外观比全塑料款高档，代理价低',
  notes: '需提供食品级检测报告（LFGB）',
  priceGbp: 24.99,
  reviewedAt: '2026-09-25T10:45',
};

const nightLight: DemoProduct = {
  sku: 'LUM-NL05',
  date: '2026-09-23',
  status: 'Uploaded',
  browseNode: '3146341',
  eanBase: '692718340050',
  model: 'NL-1',
  productName: 'Rechargeable Night Light',
  feature: 'Touch Dimmable',
  material: 'Silicone',
  color: 'White',
  size: '10 x 10 cm',
  quantity: '1',
  title:
    'Lumora NL-1 Rechargeable Night Light for Kids, Touch Dimmable Silicone Nursery Lamp, Warm White LED, 1200mAh Battery, USB-C, 10 x 10 cm, 1 Pack',
  bullets: [
    'TOUCH DIMMABLE: tap to switch on, hold to dim; a soft warm glow for night feeds and bedtime stories.',
    'RECHARGEABLE: the 1200mAh battery lasts up to 10 hours on low and charges in 2 hours over USB-C.',
    'SAFE FOR KIDS: soft, BPA-free silicone shell that stays cool, no cables at night.',
    'AUTO-OFF TIMER: a 30-minute timer saves the battery after your child falls asleep.',
  ],
  description:
    'Parameters: shell silicone, BPA free; battery 1200mAh lithium; charging USB-C, 5 V; run time up to 10 hours; size 10 x 10 x 9 cm; weight 0.15 kg.\n\nFeatures: touch dimming, warm white light, 30-minute timer, cable-free use at night, soft shell safe for children.',
  keywords:
    'baby night lamp nursery light kids bedside lamp breastfeeding light portable lamp dimmable cordless toddler',
  images: images('nl-1', ['main', 'detail-touch', 'detail-charging', 'size', 'usage']),
  suppliers: [
    {
      ...MINGLIANG,
      url: 'https://detail.1688.com/offer/709182736451.html',
      unitCny: 20,
      moq: 5,
    },
    {
      name: '萌光母婴灯具店',
      url: 'https://item.taobao.com/item.htm?id=681920374658',
      platform: 'Taobao',
      unitCny: 23,
      moq: 1,
      contact: '旺旺 mengguang_deng',
    },
  ],
  weightKg: 0.2,
  dims: [10, 10, 9],
  battery: true,
  bulky: false,
  fragile: false,
  reason: '母婴夜灯评论增长快，欧洲站竞争比美国少',
  advantage: '硅胶软壳加Type-C充电，安全卖点明确',
  notes: '带电：内置1200mAh锂电池，只能走带电专线，运费按两倍估算；需MSDS和UN38.3',
  priceGbp: 27.99,
  reviewedAt: '2026-09-25T11:00',
  reviewNote: '同意，带电渠道确认后再发',
};

const BLANKET_SIZES = {
  M: { size: '130 x 170 cm', weightKg: 0.75, cny: 38, gbp: 32.99, dims: [30, 25, 8] },
  L: { size: '150 x 200 cm', weightKg: 1.05, cny: 48, gbp: 41.99, dims: [34, 28, 9] },
} as const;

const BLANKET_COLOURS = { GRY: 'Grey', BEI: 'Beige' } as const;

function blanket(colour: keyof typeof BLANKET_COLOURS | null, size: 'M' | 'L' | null): DemoProduct {
  const measures = BLANKET_SIZES[size ?? 'M'];
  const colourName = colour ? BLANKET_COLOURS[colour] : '';
  const slug = colour ? `ct-01-${colourName.toLowerCase()}` : 'ct-01';
  const sizeName = size ? measures.size : '';
  const parts = [colourName, sizeName].filter(Boolean).join(', ');
  const familyMain = 'https://img.demo-seller.example/lumora/ct-01/1-main-all-colours.jpg';
  const ownImages = images(slug, ['detail-knit', 'sofa', 'size'], 2);
  return {
    sku: colour && size ? `LUM-TB06-${colour}-${size}` : 'LUM-TB06',
    parentSku: colour ? 'LUM-TB06' : undefined,
    variationTheme: 'SizeColor',
    date: '2026-11-18',
    status: 'Approved',
    browseNode: '3147911',
    eanBase: colour ? `6927183401${colour === 'GRY' ? 1 : 2}${size === 'M' ? 1 : 2}` : undefined,
    model: 'CT-01',
    productName: 'Cotton Throw Blanket',
    feature: 'Knitted with Tassels',
    material: 'Cotton',
    color: colourName,
    size: sizeName,
    quantity: '',
    title: `Lumora CT-01 Cotton Throw Blanket, Knitted with Tassels, Soft Sofa and Bed Throw${parts ? `, ${parts}` : ''}`,
    bullets: [
      'PURE COTTON KNIT: 100% cotton yarn in a chunky cable knit, soft, breathable and warm without weight.',
      `TWO SIZES: 130 x 170 cm for the sofa or 150 x 200 cm for a double bed${colourName ? `; this one is ${colourName.toLowerCase()}` : ''}.`,
      'TASSEL TRIM: hand-tied tassels on both ends for a cosy farmhouse look.',
      'MACHINE WASHABLE: 30°C gentle cycle; dries flat without pilling.',
    ],
    description: `Parameters: material 100% cotton; knit weight 450 g/m²; sizes 130 x 170 cm (0.7 kg) and 150 x 200 cm (1.0 kg); colours grey and beige${parts ? `; this item ${parts}` : ''}.\n\nFeatures: chunky cable knit, tassels at both ends, breathable for all seasons, vacuum packed for delivery, machine washable at 30°C.`,
    keywords:
      'sofa blanket knitted throw bed throw cosy blanket couch throw tassel blanket living room decor gift',
    images: colour
      ? [familyMain, ...ownImages]
      : images('ct-01', ['main-all-colours', 'detail-knit', 'size', 'usage']),
    suppliers: [
      {
        name: '南通恒柔家纺有限公司',
        url: 'https://detail.1688.com/offer/718293046571.html',
        platform: '1688',
        unitCny: measures.cny,
        moq: 2,
        contact: '旺旺 hengrou_jiafang；电话 0513-8621 4470',
        notes: '同一链接下选颜色和尺寸',
      },
    ],
    weightKg: measures.weightKg,
    dims: [...measures.dims],
    battery: false,
    bulky: size === 'L',
    fragile: false,
    reason: '冬季毯子类目在英国和德国搜索量11月起大涨，针织流苏款评论少',
    advantage: '纯棉针织，两色两尺寸组成变体，主图展示全部颜色',
    notes: size === 'L' ? '大体积：150x200需真空压缩袋包装' : '真空压缩袋包装',
    priceGbp: colour ? measures.gbp : null,
    reviewedAt: '2026-11-21T15:10',
  };
}

const drawerOrganiser: DemoProduct = {
  sku: 'LUM-BD07',
  date: '2026-11-24',
  status: 'Approved',
  browseNode: '10706811',
  model: 'BD-6',
  productName: 'Bamboo Drawer Organiser',
  feature: 'Expandable',
  material: 'Bamboo',
  color: 'Natural',
  size: '33-53 cm',
  quantity: '',
  title:
    'Lumora BD-6 Bamboo Drawer Organiser, Expandable Cutlery Tray 33-53 cm with 6 Compartments for Kitchen Drawers, Natural',
  bullets: [
    'EXPANDABLE: widens from 33 to 53 cm to fit most kitchen drawers.',
    '6 COMPARTMENTS: room for knives, forks, spoons and utensils, with 2 side trays that slide out.',
    'NATURAL BAMBOO: smooth, sturdy and easy to wipe clean.',
  ],
  description:
    'Parameters: material bamboo; width 33-53 cm; depth 43 cm; height 5 cm; 6 compartments; weight 0.85 kg.\n\nFeatures: expandable side trays, non-slip feet, rounded edges, fits drawers of many sizes.',
  keywords:
    'cutlery drawer tray kitchen drawer organiser wooden cutlery holder expandable tray utensil organiser',
  images: images('bd-6', ['main', 'detail-expand', 'size']),
  suppliers: [
    {
      name: '竹语家居',
      url: 'https://item.taobao.com/item.htm?id=709283746152',
      platform: 'Taobao',
      unitCny: 26,
      moq: 1,
      contact: '旺旺 zhuyu_home',
      notes: '1688未找到同款',
    },
  ],
  weightKg: 0.95,
  dims: [43, 33, 5],
  battery: false,
  bulky: false,
  fragile: false,
  reason: '与竹收纳盒同一人群，可交叉引流',
  advantage: '品牌备案可免GTIN，和BB-3一起从同一供应商采购省运费（R5.2g）',
  notes: '1688没有同款，淘宝采购',
  priceGbp: 31.99,
  reviewedAt: '2026-11-26T09:20',
};

const bakingMats: DemoProduct = {
  sku: 'LUM-SM08',
  date: '2026-11-27',
  status: 'Submitted',
  browseNode: '3148211',
  eanBase: '692718340074',
  model: 'BM-2',
  productName: 'Silicone Baking Mat',
  feature: 'Non-Stick Reusable',
  material: 'Silicone',
  color: 'Red',
  size: '42 x 29.5 cm',
  quantity: '2',
  title:
    'Lumora BM-2 Silicone Baking Mat Set of 2, Non-Stick Reusable Oven Liner for Baking Trays, Red, 42 x 29.5 cm',
  bullets: [
    'SET OF 2: fits standard half-sheet baking trays, 42 x 29.5 cm.',
    'NON-STICK REUSABLE: replaces baking paper; heat safe from -40°C to 230°C.',
    'EASY CLEAN: rinse with warm soapy water or put it in the dishwasher.',
  ],
  description:
    'Parameters: food-grade silicone with fibreglass core; 42 x 29.5 cm; 0.7 mm thick; 2 pieces; heat safe -40°C to 230°C.\n\nFeatures: non-stick surface, even heat for cookies and pastry, reusable instead of baking paper, dishwasher safe.',
  keywords: 'baking sheet liner macaron mat cookie sheet pastry mat oven mat reusable baking paper',
  images: images('bm-2', ['main', 'detail', 'size']),
  suppliers: [
    {
      name: '东莞市硅宝橡塑制品有限公司',
      url: 'https://detail.1688.com/offer/721093846572.html',
      platform: '1688',
      unitCny: 16,
      moq: 10,
      contact: '旺旺 guibao_xiangsu；QQ 2210938475',
    },
  ],
  weightKg: 0.4,
  dims: [30, 8, 8],
  battery: false,
  bulky: false,
  fragile: false,
  reason: '圣诞烘焙季需求，和硅胶厨具同一供应商',
  advantage: '与SK-5同供应商合并采购，运费低',
  notes: '无特殊注意事项',
  priceGbp: 17.99,
};

const mugs: DemoProduct = {
  sku: 'LUM-CM09',
  date: '2026-11-30',
  status: 'Draft',
  browseNode: '3149031',
  eanBase: '692718340081',
  model: 'CM-2',
  productName: 'Ceramic Coffee Mug',
  feature: 'Handmade Glaze',
  material: 'Stoneware',
  color: 'Speckled Blue',
  size: '400 ml',
  quantity: '2',
  title: '',
  bullets: [
    'HANDMADE GLAZE: every mug is dipped by hand, so no two speckles are alike.',
    'GENEROUS 400 ML: room for a large latte or a mug of soup.',
  ],
  description:
    'Parameters: stoneware; 400 ml; 2 mugs; height 10 cm; weight 0.8 kg.\n\nFeatures: handmade speckled glaze, microwave and dishwasher safe, gift box.',
  keywords: 'coffee cup tea mug large mug gift set handmade mug speckled',
  images: images('cm-2', ['main', 'detail', 'size']),
  suppliers: [
    {
      name: '景德镇青花瓷艺有限公司',
      url: 'https://detail.1688.com/offer/723019485736.html',
      platform: '1688',
      unitCny: 32,
      moq: 2,
      contact: '旺旺 jdz_qinghua',
    },
  ],
  weightKg: 1.1,
  dims: [22, 12, 12],
  battery: false,
  bulky: false,
  fragile: true,
  reason: '和茶具同一供应商，礼品季补充品类',
  advantage: '手工釉色，差异化明显',
  notes: '陶瓷易碎，需泡沫内托；重量接近1公斤，注意包装重量（R5.6e）',
  priceGbp: null,
  amazonFragile: 'true',
};

/** Every SKU of the new-product sheet, in the order the researchers added them. */
export const CATALOGUE: DemoProduct[] = [
  lamp,
  boxes,
  teaSet,
  utensils,
  nightLight,
  blanket(null, null),
  blanket('GRY', 'M'),
  blanket('GRY', 'L'),
  blanket('BEI', 'M'),
  blanket('BEI', 'L'),
  drawerOrganiser,
  bakingMats,
  mugs,
];

/** A product of the catalogue by SKU. */
export function productOf(sku: string): DemoProduct {
  const product = CATALOGUE.find((candidate) => candidate.sku === sku);
  if (!product) throw new Error(`demo: no product ${sku}`);
  return product;
}

/** What purchasing pays per unit: the preferred supplier's agent price where it gives one. */
export function purchaseCny(product: DemoProduct): number {
  const preferred = product.suppliers[0];
  return preferred.agentCny ?? preferred.unitCny;
}
