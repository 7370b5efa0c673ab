import { validateRefundLog } from '../core/finance/refunds';
import type { Finding } from '../core/findings';
import type { Loaded } from './load';
import { validateNewProducts } from './review';
import { validateStaff } from './staff';

/** A business-rule check over loaded sheets; `now` is the moment of the check. */
export type Validator = (loaded: Loaded, now: Date) => Finding[];

/** Every business-rule check that `check` and "Validate" run, beyond the sheet contract. */
export const VALIDATORS: Validator[] = [
  validateRefundLog, // refund log: order, amounts, site, currency, approval (R6.2e, R6.2f)
  validateNewProducts, // new-product sheet: research, links, margin, content, variations (R3–R4)
  validateStaff, // Staff sheet: a month twice, days and score out of range (R1.16–R1.18)
];
