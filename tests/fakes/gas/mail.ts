import { FakeBlob } from './blob';
import type { FakeCloud } from './cloud';
import { GasObject, unwrap } from './counting';
import type { Implements } from './counting';

/** An attachment of a sent mail. */
export interface SentAttachment {
  name: string | null;
  contentType: string | null;
  /** The content read as UTF-8 text. */
  content: string;
}

/** A mail the add-on sent, as `fake.sentMails` lists it. */
export interface SentMail {
  from: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
  noReply: boolean;
  attachments: SentAttachment[];
  sentAt: Date;
}

interface MailOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  noReply?: boolean;
  attachments?: unknown[];
}

function recipients(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
}

/**
 * The `MailApp` global: mails are recorded, not sent. Each recipient (to, cc and bcc) uses one
 * unit of the daily quota, as Google counts it.
 */
export class FakeMailApp
  extends GasObject
  implements Implements<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>
{
  readonly gasType = 'MailApp';

  constructor(
    cloud: FakeCloud,
    readonly sent: SentMail[],
    private remaining: number,
  ) {
    super(cloud);
  }

  /** Recipients the user may still mail today. */
  getRemainingDailyQuota(): number {
    return this.remaining;
  }

  /**
   * sendEmail(message), sendEmail(recipient, subject, body[, options]) or
   * sendEmail(to, replyTo, subject, body).
   */
  sendEmail(...args: unknown[]): void {
    let mail: MailOptions;
    if (args.length === 1) {
      mail = { ...(args[0] as MailOptions) };
    } else if (args.length === 4 && typeof args[3] === 'string') {
      const [to, replyTo, subject, body] = args as string[];
      mail = { to, replyTo, subject, body };
    } else {
      const [to, subject, body, options] = args as [string, string, string, MailOptions?];
      mail = { ...(options ?? {}), to, subject, body };
    }

    const count = [mail.to, mail.cc, mail.bcc].map(recipients).flat().length;
    if (count === 0) throw new Error('Failed to send email: no recipient');
    if ((mail.subject ?? '').length > 250) throw new Error('Argument too large: subject');
    if (count > this.remaining)
      throw new Error('Service invoked too many times for one day: email.');
    this.remaining -= count;

    this.sent.push({
      from: this.cloud.user,
      to: mail.to ?? '',
      cc: mail.cc ?? '',
      bcc: mail.bcc ?? '',
      replyTo: mail.replyTo ?? '',
      subject: mail.subject ?? '',
      body: mail.body ?? '',
      htmlBody: mail.htmlBody ?? '',
      name: mail.name ?? '',
      noReply: mail.noReply ?? false,
      attachments: (mail.attachments ?? []).map((attachment) => {
        const blob = unwrap(attachment);
        if (!(blob instanceof FakeBlob)) throw new Error('Invalid argument: attachments');
        return {
          name: blob.getName(),
          contentType: blob.getContentType(),
          content: blob.getDataAsString(),
        };
      }),
      sentAt: this.cloud.now(),
    });
  }
}
