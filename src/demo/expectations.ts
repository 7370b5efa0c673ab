/**
 * The facts planted in the demo workbook for the workflows to find, named so that tests of
 * every workflow can point at them. The demo builds its rows from these values.
 */
export const DEMO_EXPECTATIONS = {
  today: '2026-12-01',
  lossMakingOrderId: '028-6614093-5172830',
  belowMarginOrderId: '405-2290417-8836152',
  toPurchaseOrderIds: [
    '028-6614093-5172830',
    '405-2290417-8836152',
    '026-7718204-3359910',
    '203-9902716-4418653',
    '303-1147720-8852046',
    '403-6620184-2297735',
    '407-3381952-6604718',
    '202-5527019-8830462',
  ],
  refundDueOrderIds: ['202-7315594-2860311'],
  reassureOrderIds: [
    '302-4418032-9927145',
    '403-1187266-4410598',
    '405-6672019-3318240',
    '407-9034718-2265913',
  ],
  abnormalEditedOrderId: '302-4418032-9927145',
  refundedOrderId: '026-5519078-3306127',
  refundOverApprovalOrderId: '026-5519078-3306127',
  cancelledOrderIds: ['203-6608142-3397051', '303-8815290-4460317'],
  multiLineOrderIds: ['202-8840316-7720195', '202-3390718-6651024'],
  expressOrderId: '202-8840316-7720195',
  feeOffRateCard: { trackingNumber: '4PX3710485526193CN', orderId: '202-6318845-0927461' },
  feeWithoutOrderTrackingNumber: 'YT2601938475561028',
  purchaseWithoutOrderPoId: 'PO261112-09',
  unapprovedExpense: { date: '2026-11-05', amountCny: 1150, category: 'Office supplies' },
  staff: {
    threeLeaveRequests: { name: '王芳', month: '2026-10' },
    fourLeaveRequests: { name: '李强', month: '2026-10' },
    fiveAbsentDays: { name: '陈静', month: '2026-10' },
    sixAbsentDays: { name: '刘洋', month: '2026-11' },
    erpScore79_9: { name: '陈静', month: '2026-10' },
    erpScore80: { name: '王芳', month: '2026-10' },
  },
} as const;
