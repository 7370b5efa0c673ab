import { auditOrders } from '../../../src/core/purchasing/order-audit';
import type { AuditedLine } from '../../../src/core/purchasing/order-audit';
import { ratio } from '../../../src/core/pricing/ratio';
import { SUPPLIER_ROWS, orderLine, ordersSheet, purchasingContext } from './purchasing-sheets';

type Values = Parameters<typeof orderLine>[0];

function audit(lines: Values[], more: Parameters<typeof purchasingContext>[0] = {}) {
  const sheet = ordersSheet(lines.map(orderLine));
  return auditOrders(sheet.rows, sheet.layout, purchasingContext(more));
}

function only(lines: AuditedLine[], orderId: string, sku?: string): AuditedLine {
  const found = lines.filter((line) => line.orderId === orderId && (!sku || line.sku === sku));
  expect(found).toHaveLength(1);
  return found[0];
}

/** SKUs bought at a given price, 0.5 kg each: Yanwen UK freight ¥18 + ¥80 × 0.5 = ¥58. */
function atCost(sku: string, unitCostCny: number) {
  const url = `https://detail.1688.com/offer/${sku}.html`;
  return { sku, supplierName: 'Threshold', supplierUrl: url, unitCostCny, weightKg: 0.5 };
}

describe('the purchase audit of one order line', () => {
  it('works the gross margin out from supplier, freight, fees, VAT and FX', () => {
    const { lines, flags } = audit([{ orderId: 'O-1', sku: 'LAMP-01', itemPrice: 20 }]);
    const line = only(lines, 'O-1');
    const money = line.audit!.money;

    // gross £20.00; VAT 2000 × 0.2 / 1.2 = 333.33 → 333p; referral fee 2000 × 0.15 = 300p
    expect([money.gross, money.vat, money.amazonFees]).toEqual([2000, 333, 300]);
    expect([money.vatEstimated, money.feesEstimated]).toEqual([true, true]);
    // November GBP ¥9: net (2000 − 333) × 9 = 15003 fen; fees 300 × 9 = 2700 fen
    expect([money.netRevenue, money.feesInBase]).toEqual([15003, 2700]);
    // A's agent price ¥25 beats B's ¥26; Yanwen UK ¥18 + ¥80 × 0.5 kg = ¥58
    expect([money.purchase, money.freight]).toEqual([2500, 5800]);
    // 15003 − 2700 − 2500 − 5800 = 4003 fen; margin 4003 / 15003
    expect(money.profit).toBe(4003);
    expect(line.audit!.margin).toEqual(ratio(4003n, 15003n));
    expect(line.audit!.supplier).toMatchObject({ rowNumber: 2, priceKind: 'agent' });
    expect(line.passes).toBe(true);
    expect(flags).toEqual([]);
  });

  it("uses the line's own Amazon fees and VAT when the ERP gives them", () => {
    const { lines } = audit([
      { orderId: 'O-1', sku: 'LAMP-01', itemPrice: 20, amazonFees: 3.4, vat: 3 },
    ]);
    const money = only(lines, 'O-1').audit!.money;

    // net (2000 − 300) × 9 = 15300; fees 340 × 9 = 3060; 15300 − 3060 − 2500 − 5800 = 3940
    expect([money.vatEstimated, money.feesEstimated]).toEqual([false, false]);
    expect([money.netRevenue, money.feesInBase, money.profit]).toEqual([15300, 3060, 3940]);
  });

  it('converts at the latest rate up to the order date, not a later one', () => {
    const { lines } = audit([
      { orderId: 'O-10', sku: 'LAMP-01', itemPrice: 20, orderedAt: '2026-10-31 23:00' },
      { orderId: 'O-12', sku: 'LAMP-01', itemPrice: 20, orderedAt: '2026-12-24 09:00' },
    ]);

    // October ¥9.1: 1667 × 9.1 = 15169.7 → 15170; December ¥9.5: 1667 × 9.5 = 15836.5 → 15837
    expect(only(lines, 'O-10').audit!.money.netRevenue).toBe(15170);
    expect(only(lines, 'O-12').audit!.money.netRevenue).toBe(15837);
  });

  it('flags a loss-making line, naming order, SKU and profit, for the site owner (R5.1b)', () => {
    const { lines, flags } = audit([{ orderId: 'O-2', sku: 'LAMP-01', itemPrice: 10 }]);

    // VAT 1000 / 6 = 166.67 → 167; net 833 × 9 = 7497; fees 150 × 9 = 1350
    // profit 7497 − 1350 − 2500 − 5800 = −2153; margin −2153 / 7497 = −28.718…% → −28.72%
    expect(only(lines, 'O-2').audit!.money.profit).toBe(-2153);
    expect(flags.map((flag) => [flag.orderId, flag.sku, flag.reason, flag.finding.rule])).toEqual([
      ['O-2', 'LAMP-01', 'loss', 'R5.1b'],
    ]);
    expect(flags[0].finding.message.en).toBe(
      'Orders row 2, column "Item price": order O-2, SKU LAMP-01: loss-making: ' +
        "profit -¥21.53, margin -28.72%; tell the site's owner at once",
    );
    expect(flags[0].finding.cell).toBe('F2');
    expect(only(lines, 'O-2').passes).toBe(false);
  });

  describe('the 10 % minimum order margin (R5.1h), at and around it', () => {
    // Each line: £12 with £2 VAT and £1 fees given: net 1000 × 9 = 9000 fen, fees 900 fen,
    // freight 5800 fen, so profit = 9000 − 900 − 5800 − cost = 2300 − cost.
    const suppliers = [
      ...SUPPLIER_ROWS,
      atCost('T-1399', 13.99),
      atCost('T-1400', 14),
      atCost('T-1401', 14.01),
      atCost('T-2300', 23),
      atCost('T-2301', 23.01),
    ];
    const line = (sku: string) => ({ orderId: sku, sku, itemPrice: 12, vat: 2, amazonFees: 1 });
    const { lines } = audit(['T-1399', 'T-1400', 'T-1401', 'T-2300', 'T-2301'].map(line), {
      suppliers,
    });
    const verdict = (sku: string) => {
      const audited = only(lines, sku);
      return [audited.audit!.money.profit, audited.audit!.verdict, audited.flags, audited.passes];
    };

    it('passes 10.01 % and exactly 10 %', () => {
      // 901 / 9000 = 10.011 %; 900 / 9000 = 10 % reaches the minimum
      expect(verdict('T-1399')).toEqual([901, 'ok', [], true]);
      expect(verdict('T-1400')).toEqual([900, 'ok', [], true]);
    });

    it('flags 9.99 % and a break-even line as under the minimum, not as a loss', () => {
      // 899 / 9000 = 9.989 %; 0 / 9000 = 0 %
      expect(verdict('T-1401')).toEqual([899, 'belowMargin', ['belowMargin'], false]);
      expect(verdict('T-2300')).toEqual([0, 'belowMargin', ['belowMargin'], false]);
    });

    it('flags one fen short of break-even as a loss', () => {
      expect(verdict('T-2301')).toEqual([-1, 'loss', ['loss'], false]);
    });

    it('honours minOrderMargin from Settings', () => {
      const settings = [
        ['Key', 'Value'],
        ['minOrderMargin', '9.98%'],
      ];
      const again = audit([line('T-1401')], { suppliers, settings });
      expect(only(again.lines, 'T-1401').passes).toBe(true);
    });
  });

  it('flags a SKU the master does not supply, or supplies without a price', () => {
    const { flags } = audit([
      { orderId: 'O-5', sku: 'GHOST-05', itemPrice: 20 },
      { orderId: 'O-9', sku: 'NOPRICE-09', itemPrice: 20 },
    ]);

    expect(flags.map((flag) => [flag.orderId, flag.reason, flag.finding.rule])).toEqual([
      ['O-5', 'noSupplier', 'R5.2e'],
      ['O-9', 'noSupplier', 'R5.2e'],
    ]);
    expect(flags[0].finding.message.en).toBe(
      'Orders row 2, column "SKU": order O-5, SKU GHOST-05: ' +
        'SKU suppliers has no supplier of GHOST-05',
    );
    expect(flags[1].finding.message.en).toContain(
      'no supplier of NOPRICE-09 in SKU suppliers gives a unit cost or an agent price',
    );
  });

  it('flags a parcel no channel takes to its site', () => {
    const { flags } = audit([
      { orderId: 'O-4', sku: 'HEAVY-04', itemPrice: 90, site: 'DE', currency: 'EUR' },
    ]);

    expect(flags.map((flag) => [flag.orderId, flag.sku, flag.reason, flag.finding.rule])).toEqual([
      ['O-4', 'HEAVY-04', 'noChannel', 'R5.4a'],
    ]);
    expect(flags[0].finding.message.en).toContain(
      'no channel takes a 2.5 kg parcel to DE (over 2 kg only express counts)',
    );
  });

  it('flags a SKU that nobody weighed, and an order date without an FX rate', () => {
    const { flags } = audit([
      { orderId: 'O-6', sku: 'NOWT-06', itemPrice: 20 },
      { orderId: 'O-7', sku: 'LAMP-01', itemPrice: 20, orderedAt: '2026-09-15 10:00' },
    ]);

    expect(flags.map((flag) => [flag.orderId, flag.reason, flag.finding.column])).toEqual([
      ['O-6', 'noWeight', 'sku'],
      ['O-7', 'missingFx', 'currency'],
    ]);
    expect(flags[1].finding.message.en).toContain(
      'no GBP rate for 2026-09 or any month before in FX rates',
    );
  });

  it('reads weight and battery from the new-product row when the master lacks them', () => {
    const { lines } = audit([{ orderId: 'O-8', sku: 'NEWP-07', itemPrice: 20 }]);
    const shipping = only(lines, 'O-8').audit!.shipping!;

    // 0.2 kg with a battery: 4PX Battery UK (¥20 + ¥95 × 0.2) × 2 = ¥78
    expect(shipping.quote.card.channel).toBe('4PX Battery UK');
    expect(shipping.quote.freight).toBe(7800);
    expect(only(lines, 'O-8').audit!.unit).toMatchObject({ source: 'newProduct', grams: 200 });
  });

  it('flags Pending review lines as not reviewed yet and keeps them out of purchasing', () => {
    const { lines, flags } = audit([
      { orderId: 'O-P', sku: 'LAMP-01', itemPrice: 20, status: 'Pending review' },
      { orderId: 'O-S', sku: 'LAMP-01', itemPrice: 20, status: 'Shipped' },
    ]);

    expect(lines.map((line) => line.orderId)).toEqual(['O-P']);
    expect(only(lines, 'O-P').audit!.verdict).toBe('ok');
    expect(flags.map((flag) => [flag.reason, flag.finding.rule, flag.finding.severity])).toEqual([
      ['notReviewed', 'R5.1b', 'warning'],
    ]);
    expect(only(lines, 'O-P').passes).toBe(false);
  });

  it('flags a line missing its price instead of counting it as free', () => {
    const { lines, flags } = audit([{ orderId: 'O-X', sku: 'LAMP-01' }]);

    expect(only(lines, 'O-X').audit).toBeNull();
    expect(flags.map((flag) => [flag.reason, flag.finding.column])).toEqual([
      ['incomplete', 'itemPrice'],
    ]);
    expect(flags[0].finding.message.en).toContain('cannot be audited: "Item price" empty');
  });
});

describe('an order of several lines', () => {
  it('ships as one parcel whose freight the lines share by weight', () => {
    const { lines } = audit([
      { orderId: 'O-M', sku: 'LAMP-01', quantity: 2, itemPrice: 20 },
      { orderId: 'O-M', sku: 'MUG-02', quantity: 1, itemPrice: 8 },
    ]);
    const lamp = only(lines, 'O-M', 'LAMP-01').audit!;
    const mug = only(lines, 'O-M', 'MUG-02').audit!;

    // 2 × 0.5 + 0.3 = 1.3 kg: Yanwen UK ¥18 + ¥80 × 1.3 = ¥122 for the parcel
    expect(lamp.shipping!.parcel.grams).toBe(1300);
    expect(lamp.shipping!.quote.freight).toBe(12200);
    // 12200 × 1000/1300 = 9384 r 800, × 300/1300 = 2815 r 500: the spare fen to the lamps
    expect([lamp.money.freight, mug.money.freight]).toEqual([9385, 2815]);
    // lamps: VAT 4000/6 = 666.67 → 667; (4000 − 667) × 9 = 29997; fees 600 × 9 = 5400
    // 29997 − 5400 − 2 × 2500 − 9385 = 10212
    expect(lamp.money.profit).toBe(10212);
    // mug: VAT 800/6 = 133.33 → 133; (800 − 133) × 9 = 6003; fees 120 × 9 = 1080
    // 6003 − 1080 − 800 − 2815 = 1308
    expect(mug.money.profit).toBe(1308);
  });

  it('goes to purchasing whole: a flag on one line holds the others', () => {
    const { lines, flags } = audit([
      { orderId: 'O-H', sku: 'LAMP-01', itemPrice: 20 },
      { orderId: 'O-H', sku: 'GHOST-05', itemPrice: 20 },
    ]);

    expect(flags.map((flag) => [flag.sku, flag.reason])).toEqual([
      ['LAMP-01', 'orderHeld'],
      ['GHOST-05', 'noSupplier'],
    ]);
    expect(lines.every((line) => !line.passes)).toBe(true);
  });

  it('holds the other lines when one has no weight: the parcel cannot be priced', () => {
    const { lines, flags } = audit([
      { orderId: 'O-W', sku: 'LAMP-01', itemPrice: 20 },
      { orderId: 'O-W', sku: 'NOWT-06', itemPrice: 20 },
    ]);

    expect(flags.map((flag) => [flag.sku, flag.reason])).toEqual([
      ['LAMP-01', 'orderHeld'],
      ['NOWT-06', 'noWeight'],
    ]);
    expect(flags[1].finding.message.en).toContain('gives a weight for NOWT-06');
    expect(only(lines, 'O-W', 'LAMP-01').audit!.parcelProblem?.en).toBe(
      'NOWT-06 has no weight, so the freight of the parcel cannot be worked out',
    );
  });
});

describe('the shipping helpers of a line', () => {
  it('give channel, billable weight, freight and the declared value (R5.4b)', () => {
    const { lines } = audit([{ orderId: 'O-1', sku: 'LAMP-01', itemPrice: 20 }]);
    const shipping = only(lines, 'O-1').audit!.shipping!;

    expect(shipping.quote.card.channel).toBe('Yanwen UK');
    expect(shipping.quote.billableGrams).toBe(500);
    // £20 × 0.1 = £2 = 2 × 9 / 7.2 = $2.50, raised to the $5 small-parcel minimum = £4.00
    expect(shipping.declared).toEqual({ ok: true, value: { usd: 500, order: 400, bound: 'min' } });
    expect(shipping.repack).toBeNull();
  });

  it('double the freight of dangerous goods on a line that takes them (R4.2c)', () => {
    const { lines } = audit([{ orderId: 'O-3', sku: 'TORCH-03', itemPrice: 25 }]);
    const shipping = only(lines, 'O-3').audit!.shipping!;

    // (¥20 + ¥95 × 0.4) × 2 = ¥116
    expect([shipping.quote.card.channel, shipping.quote.freight]).toEqual([
      '4PX Battery UK',
      11600,
    ]);
  });

  it('hint at repacking a parcel just over a whole kilogram (R5.6e)', () => {
    const suppliers = [...SUPPLIER_ROWS, { ...atCost('BOX-105', 10), weightKg: 1.05 }];
    const { lines } = audit([{ orderId: 'O-R', sku: 'BOX-105', itemPrice: 30 }], { suppliers });

    // 1.05 kg: ¥18 + ¥80 × 1.05 = ¥102; at 1 kg ¥98: saves ¥4
    expect(only(lines, 'O-R').audit!.shipping!.repack?.en).toBe(
      'repack to 1 kg (0.05 kg less): saves ¥4.00 on Yanwen UK',
    );
  });
});
