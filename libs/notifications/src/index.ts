// Notifications: what people are told (inbox and e-mail), rendered in Danish, written to an
// outbox in the transaction that caused it and sent from there.
export { renderNotification, type RenderedNotification } from './render/render-notification';
export {
  composeDigest,
  composeEmail,
  type ComposedEmail,
  type OutboxContent,
} from './render/compose-email';
export { escapeHtml } from './render/message';
export {
  calendarLink,
  initiativeLink,
  preferencesLink,
  questionLink,
  type LinkOptions,
} from './render/links';
export {
  DIGEST_TIME,
  defaultRetryPolicy,
  nextDigestAt,
  retryDelayMs,
  type RetryPolicy,
} from './schedule';
export { effectivePreferences, emailModeLabels, type EmailPreferences } from './preferences';
export { emailPreferencesSchema, type EmailPreferencesBody } from './schemas';
export { NotificationOutbox, type NotificationOutboxOptions } from './notification-outbox';
export {
  MailDispatcher,
  type DispatcherLogger,
  type DispatchResult,
  type MailDispatcherOptions,
  type SmtpSettings,
} from './mail/mail-dispatcher';
export { smtpFailure, type SmtpFailure } from './mail/smtp-failure';
