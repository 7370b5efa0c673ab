import type { LocalDate, LocalDateTime } from '../dates';
import type { Cents } from '../money';

/**
 * The typed rows the reader yields for each sheet, keyed by the contract's column ids. A value
 * is null when its cell is empty or could not be read (the reader then made a finding).
 * Money is in cents of the column's currency; dates are wall-clock text.
 */

type Text = string | null;
type Num = number | null;
type Money = Cents | null;
type YesNo = boolean | null;

export interface FxRow {
  month: Text;
  currency: Text;
  rate: Num;
}

export interface NewProductRow {
  date: LocalDate | null;
  sku: Text;
  parentSku: Text;
  variationTheme: Text;
  productType: Text;
  browseNode: Text;
  productId: Text;
  productIdType: Text;
  gtinExempt: YesNo;
  countryOfOrigin: Text;
  brand: Text;
  model: Text;
  productName: Text;
  feature: Text;
  material: Text;
  color: Text;
  size: Text;
  quantity: Text;
  title: Text;
  bullet1: Text;
  bullet2: Text;
  bullet3: Text;
  bullet4: Text;
  bullet5: Text;
  description: Text;
  keywords: Text;
  image1: Text;
  image2: Text;
  image3: Text;
  image4: Text;
  image5: Text;
  supplierUrl: Text;
  supplierName: Text;
  costCny: Money;
  weightKg: Num;
  lengthCm: Num;
  widthCm: Num;
  heightCm: Num;
  battery: YesNo;
  powder: YesNo;
  liquid: YesNo;
  bulky: YesNo;
  fragile: YesNo;
  reason: Text;
  advantage: Text;
  notes: Text;
  price: Money;
  status: Text;
  reviewer: Text;
  reviewedAt: LocalDateTime | null;
  reviewNote: Text;
  exportBatch: Text;
}

export interface TranslationRow {
  sku: Text;
  site: Text;
  title: Text;
  bullet1: Text;
  bullet2: Text;
  bullet3: Text;
  bullet4: Text;
  bullet5: Text;
  description: Text;
  keywords: Text;
  browseNode: Text;
  price: Money;
  status: Text;
  translator: Text;
}

export interface AmazonDefaultRow {
  productType: Text;
  site: Text;
  attribute: Text;
  value: Text;
}

export interface AmazonTemplateRow {
  productType: Text;
  site: Text;
  row: Num;
  content: Text;
}

export interface SkuSupplierRow {
  sku: Text;
  productName: Text;
  supplierName: Text;
  supplierUrl: Text;
  platform: Text;
  unitCostCny: Money;
  agentPriceCny: Money;
  moq: Num;
  contact: Text;
  weightKg: Num;
  lengthCm: Num;
  widthCm: Num;
  heightCm: Num;
  battery: YesNo;
  powder: YesNo;
  liquid: YesNo;
  addedOn: LocalDate | null;
  lastBoughtOn: LocalDate | null;
  preferred: YesNo;
  notes: Text;
}

export interface LogisticsContactRow {
  carrier: Text;
  contact: Text;
  phone: Text;
  qq: Text;
  backendUrl: Text;
  channels: Text;
  pickupAddress: Text;
  notes: Text;
}

export interface ShippingChannelRow {
  channel: Text;
  carrier: Text;
  kind: Text;
  destination: Text;
  minKg: Num;
  maxKg: Num;
  perKgCny: Money;
  perParcelCny: Money;
  firstKg: Num;
  firstCny: Money;
  stepKg: Num;
  stepCny: Money;
  volumetricDivisor: Num;
  acceptsDangerous: YesNo;
  transitDays: Num;
  active: YesNo;
}

export interface OrderRow {
  orderId: Text;
  site: Text;
  orderedAt: LocalDateTime | null;
  sku: Text;
  quantity: Num;
  itemPrice: Money;
  shippingCharged: Money;
  currency: Text;
  buyerName: Text;
  buyerEmail: Text;
  buyerCountry: Text;
  status: Text;
  shippedAt: LocalDateTime | null;
  trackingNumber: Text;
  channel: Text;
  deliveredAt: LocalDateTime | null;
  amazonFees: Money;
  vat: Money;
}

export interface ShippingFeeRow {
  date: LocalDate | null;
  carrier: Text;
  trackingNumber: Text;
  orderId: Text;
  chargedKg: Num;
  feeCny: Money;
}

export interface PurchaseRow {
  poId: Text;
  date: LocalDate | null;
  supplierName: Text;
  sku: Text;
  quantity: Num;
  unitCostCny: Money;
  inboundFreightCny: Money;
  orderIds: Text;
  status: Text;
  approvedBy: Text;
}

export interface RefundRow {
  date: LocalDate | null;
  site: Text;
  orderId: Text;
  sku: Text;
  amount: Money;
  currency: Text;
  kind: Text;
  reason: Text;
  handledBy: Text;
  approvedBy: Text;
  bookedMonth: Text;
  notes: Text;
}

export interface ExpenseRow {
  date: LocalDate | null;
  category: Text;
  amountCny: Money;
  description: Text;
  approvedBy: Text;
  poId: Text;
}

export interface AbnormalShipmentRow {
  orderId: Text;
  trackingNumber: Text;
  shippedAt: LocalDate | null;
  daysInTransit: Num;
  stage: Text;
  firstSeen: LocalDate | null;
  lastChecked: LocalDate | null;
  owner: Text;
  notes: Text;
}

export interface GlossaryRow {
  site: Text;
  term: Text;
  translation: Text;
  keep: YesNo;
}

export interface StaffRow {
  name: Text;
  month: Text;
  baseSalary: Money;
  workingDays: Num;
  overtimeDays: Num;
  leaveRequests: Num;
  absentDays: Num;
  erpScore: Num;
  overtimePay: Money;
  attendanceZeroed: YesNo;
  bonusLost: YesNo;
}

export interface AuditLogRow {
  time: LocalDateTime | null;
  user: Text;
  action: Text;
  sheet: Text;
  rows: Text;
  counts: Text;
  outcome: Text;
}

/** Sheet id → its row type. */
export interface RowTypes {
  settings: { key: Text; value: Text; note: Text };
  fx: FxRow;
  newProducts: NewProductRow;
  translations: TranslationRow;
  amazonDefaults: AmazonDefaultRow;
  amazonTemplates: AmazonTemplateRow;
  skuSuppliers: SkuSupplierRow;
  logisticsContacts: LogisticsContactRow;
  shippingChannels: ShippingChannelRow;
  orders: OrderRow;
  shippingFees: ShippingFeeRow;
  purchases: PurchaseRow;
  refunds: RefundRow;
  expenses: ExpenseRow;
  abnormalShipments: AbnormalShipmentRow;
  glossary: GlossaryRow;
  staff: StaffRow;
  auditLog: AuditLogRow;
}
