import type { Site } from '../core/contract/sheets';

/** The people of the demo company, by the work they do. */
export const TEAM = {
  director: 'director@demo-seller.example',
  liQiang: 'li.qiang@demo-seller.example',
  chenJing: 'chen.jing@demo-seller.example',
  wangFang: 'wang.fang@demo-seller.example',
  liuYang: 'liu.yang@demo-seller.example',
  zhaoMin: 'zhao.min@demo-seller.example',
} as const;

/** Who owns each Amazon site (R2.4): the UK is Li Qiang's, DE and FR Chen Jing's. */
export const SITE_OWNER: Record<Site, string> = {
  UK: TEAM.liQiang,
  DE: TEAM.chenJing,
  FR: TEAM.chenJing,
  IT: TEAM.liuYang,
  ES: TEAM.liuYang,
};
