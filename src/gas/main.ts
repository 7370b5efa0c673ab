/**
 * The add-on's entry points. The build makes every function exported here a top-level
 * Apps Script function: triggers, menu handlers, server functions of the sidebars and custom
 * functions. Registering a file of custom functions is one `export *` line.
 */
export { onInstall, onOpen } from './open';
export { setUpSheets } from './set-up-sheets';
export { setAmazonSellerId } from './seller-id';
export { getHelp, showHelp } from './help';
export { getFindings, revalidate, selectCell, validate } from './validate';
export {
  approveReview,
  approveSelectedRows,
  getReviewSelection,
  rejectReview,
  rejectSelectedRows,
  submitSelectedRows,
} from './review';
export { dailyUploaderDigest } from './digest';
export { runDailyJobs } from './daily';
export { installDailyJobs, removeDailyJobs } from './triggers';
export {
  getReportsView,
  makeMonthReport,
  makeQuarterReport,
  monthlyReport,
  showReports,
} from './reports';
export { bookMonthFromMenu } from './book-month';
export { computeStaffPayFromMenu } from './staff';
export { backUpNow, listBackups, monthlyBackup } from './backups';
export { continueJobs, dailyFollowUp, getJobProgress, startImportJob } from './jobs';
export { getSettingsView, saveSettings, showSettings } from './settings-sidebar';
export { getPricingView, quotePrices, showPricingCalculator } from './pricing-calculator';
export { getFollowUpView, runFollowUpNow, showFollowUp } from './follow-up-sidebar';
export {
  getTriggersView,
  installDailyJob,
  removeDailyJob,
  showDailyJobs,
} from './triggers-sidebar';
export { getImportView, importRows, showImports } from './import-sidebar';
export {
  getPurchaseAuditView,
  runPurchaseAudit,
  showPurchaseAudit,
} from './purchase-audit-sidebar';
export { getTranslateView, showTranslations, startTranslations } from './translate-sidebar';
export {
  confirmAmazonUpload,
  exportSite,
  getExportView,
  getUploadBatches,
  showAmazonExport,
} from './export-sidebar';
export * from './functions/staff';
export * from './functions/pricing';
export * from './functions/purchasing';
