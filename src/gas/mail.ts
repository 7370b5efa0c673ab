import type { OutgoingMail } from '../workbook/port';

/** Sends a mail a workflow composed, its HTML body with it when it has one. */
export function sendMail(mail: OutgoingMail): void {
  MailApp.sendEmail({
    to: mail.to.join(','),
    subject: mail.subject,
    body: mail.body,
    ...(mail.htmlBody ? { htmlBody: mail.htmlBody } : {}),
  });
}
