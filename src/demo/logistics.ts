import { CHANNEL_KIND } from '../core/contract/sheets';
import { enumLabel } from '../core/contract/headers';
import type { Site } from '../core/contract/sheets';
import { contractTab } from './tabs';
import type { DemoTab } from './tabs';

export type Carrier = '4PX' | 'Yanwen' | 'Yunexpress' | 'DHL';

/** A line of a carrier's rate card to one destination, the way the 物流渠道 sheet holds it. */
export interface DemoChannel {
  name: string;
  carrier: Carrier;
  kind: 'epacket' | 'express' | 'postal';
  destination: Site;
  maxKg: number | null;
  perKgCny?: number;
  perParcelCny?: number;
  firstKg?: number;
  firstCny?: number;
  stepKg?: number;
  stepCny?: number;
  volumetricDivisor: number | null;
  acceptsDangerous: boolean;
  transitDays: number;
}

function epacket(
  name: string,
  carrier: Carrier,
  destination: Site,
  [perKgCny, perParcelCny]: [number, number],
  acceptsDangerous: boolean,
  transitDays: number,
): DemoChannel {
  return {
    name,
    carrier,
    kind: 'epacket',
    destination,
    maxKg: 2,
    perKgCny,
    perParcelCny,
    volumetricDivisor: null,
    acceptsDangerous,
    transitDays,
  };
}

function dhl(destination: Site, firstCny: number, stepCny: number): DemoChannel {
  return {
    name: `DHL快递-${destination}`,
    carrier: 'DHL',
    kind: 'express',
    destination,
    maxKg: 30,
    firstKg: 0.5,
    firstCny,
    stepKg: 0.5,
    stepCny,
    volumetricDivisor: 5000,
    acceptsDangerous: true,
    transitDays: 4,
  };
}

/** Postal small packets are cheap and slow; the handbook never uses them (R4.2b, R5.4c). */
function postal(destination: Site, perKgCny: number): DemoChannel {
  return {
    name: `燕文航空挂号小包-${destination}`,
    carrier: 'Yanwen',
    kind: 'postal',
    destination,
    maxKg: 2,
    perKgCny,
    perParcelCny: 9,
    volumetricDivisor: null,
    acceptsDangerous: false,
    transitDays: 30,
  };
}

/** Rates in CNY as the forwarders quoted them in September 2026. */
export const CHANNELS: DemoChannel[] = [
  epacket('4PX联邮通挂号-UK', '4PX', 'UK', [58, 17], false, 8),
  epacket('云途带电专线-UK', 'Yunexpress', 'UK', [64, 19], true, 9),
  dhl('UK', 128, 26),
  postal('UK', 46),
  epacket('4PX联邮通挂号-DE', '4PX', 'DE', [62, 19], false, 9),
  epacket('燕文带电专线-DE', 'Yanwen', 'DE', [67, 20], true, 10),
  dhl('DE', 142, 28),
  postal('DE', 52),
  epacket('燕文专线挂号-FR', 'Yanwen', 'FR', [66, 20], false, 10),
  epacket('云途带电专线-FR', 'Yunexpress', 'FR', [70, 21], true, 10),
  dhl('FR', 145, 29),
  postal('FR', 55),
  epacket('云途带电专线-IT', 'Yunexpress', 'IT', [72, 22], true, 11),
  dhl('IT', 150, 30),
  postal('IT', 58),
  epacket('4PX联邮通挂号-ES', '4PX', 'ES', [68, 21], false, 11),
  epacket('云途带电专线-ES', 'Yunexpress', 'ES', [73, 22], true, 11),
  dhl('ES', 150, 30),
  postal('ES', 57),
];

/** The channel of a name; the demo only names channels it has. */
export function channelNamed(name: string): DemoChannel {
  const channel = CHANNELS.find((candidate) => candidate.name === name);
  if (!channel) throw new Error(`demo: no channel ${name}`);
  return channel;
}

/** The weight a channel bills: express rounds up to its steps, e-packets bill to 10 g. */
export function billableKg(channel: DemoChannel, kg: number): number {
  if (channel.kind === 'express') {
    const step = channel.stepKg ?? 0.5;
    return Math.max(channel.firstKg ?? step, Math.ceil(kg / step - 1e-9) * step);
  }
  return Math.ceil(kg * 100 - 1e-9) / 100;
}

/** What the rate card asks for a parcel, in CNY cents. */
export function rateCardCents(channel: DemoChannel, kg: number): number {
  const billed = billableKg(channel, kg);
  if (channel.firstCny !== undefined) {
    const first = channel.firstKg ?? 0.5;
    const steps = Math.max(0, Math.round((billed - first) / (channel.stepKg ?? 0.5)));
    return Math.round((channel.firstCny + steps * (channel.stepCny ?? 0)) * 100);
  }
  return Math.round((channel.perKgCny ?? 0) * billed * 100 + (channel.perParcelCny ?? 0) * 100);
}

/**
 * The channel a parcel goes by: e-packets up to 2 kg, express above (R4.2b), a line that
 * takes batteries when the parcel holds one (R4.2c), the cheapest that works (R5.1e), never
 * a postal small packet (R5.4c).
 */
export function chooseChannel(destination: Site, kg: number, dangerous: boolean): DemoChannel {
  const kind = kg > 2 ? 'express' : 'epacket';
  const fitting = CHANNELS.filter(
    (channel) =>
      channel.destination === destination &&
      channel.kind === kind &&
      (channel.maxKg === null || kg <= channel.maxKg) &&
      (!dangerous || channel.acceptsDangerous),
  );
  const cheapest = fitting.sort((a, b) => rateCardCents(a, kg) - rateCardCents(b, kg))[0];
  if (!cheapest) throw new Error(`demo: no channel to ${destination} for ${kg} kg`);
  return cheapest;
}

const YES = '是';
const NO = '否';

/** The 物流渠道 sheet, with Chinese headers as the shipping staff keep it. */
export function shippingChannelsTab(): DemoTab {
  return contractTab(
    'shippingChannels',
    { lang: 'zh' },
    CHANNELS.map((channel) => ({
      channel: channel.name,
      carrier: channel.carrier,
      kind: enumLabel(CHANNEL_KIND, channel.kind, 'zh'),
      destination: channel.destination,
      minKg: channel.kind === 'express' ? 0.5 : 0,
      maxKg: channel.maxKg,
      perKgCny: channel.perKgCny ?? null,
      perParcelCny: channel.perParcelCny ?? null,
      firstKg: channel.firstKg ?? null,
      firstCny: channel.firstCny ?? null,
      stepKg: channel.stepKg ?? null,
      stepCny: channel.stepCny ?? null,
      volumetricDivisor: channel.volumetricDivisor,
      acceptsDangerous: channel.acceptsDangerous ? YES : NO,
      transitDays: channel.transitDays,
      active: YES,
    })),
  );
}

/** The carriers' people and back ends (R5.4f). */
export function logisticsContactsTab(): DemoTab {
  const channelsOf = (carrier: Carrier): string =>
    CHANNELS.filter((channel) => channel.carrier === carrier)
      .map((channel) => channel.name)
      .join(', ');
  const pickup = '深圳市龙华区民治街道民康路88号华南物流园B栋3楼';
  return contractTab('logisticsContacts', { lang: 'en' }, [
    {
      carrier: '4PX',
      contact: '黄晓东 Huang Xiaodong',
      phone: '138 2654 3317',
      qq: 'QQ 2837465109',
      backendUrl: 'https://b.4px.com/',
      channels: channelsOf('4PX'),
      pickupAddress: pickup,
      notes: 'Daily pickup 17:00; customs pre-declaration connected to the ERP',
    },
    {
      carrier: 'Yanwen',
      contact: '周丽 Zhou Li',
      phone: '0755-2371 8840',
      qq: 'WeChat yw_zhouli',
      backendUrl: 'https://portal.yw56.com.cn/',
      channels: channelsOf('Yanwen'),
      pickupAddress: pickup,
      notes: 'Battery line needs MSDS and UN38.3 on file before the first parcel',
    },
    {
      carrier: 'Yunexpress',
      contact: '陈刚 Chen Gang',
      phone: '186 0755 2290',
      qq: 'QQ 1092837465',
      backendUrl: 'https://portal.yunexpress.com/',
      channels: channelsOf('Yunexpress'),
      pickupAddress: pickup,
      notes: 'Not connected to the ERP: keep a shipment record and a photo (R5.3c)',
    },
    {
      carrier: 'DHL',
      contact: 'Agent 深圳捷达 Jieda, 林海 Lin Hai',
      phone: '135 1028 6647',
      qq: 'WeChat jieda_linhai',
      backendUrl: 'https://mydhl.express.dhl/',
      channels: channelsOf('DHL'),
      pickupAddress: pickup,
      notes: 'Agent rates; volumetric weight L x W x H / 5000',
    },
  ]);
}
