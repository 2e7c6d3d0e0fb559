export { createExchangeService, KEY_ROTATION_OVERLAP_MINUTES, type ExchangeService } from './exchange.service.js';
export { exchangeRoutes } from './exchange.routes.js';
export { exchangeJobs } from './exchange.jobs.js';
export { FEEDS, type FeedDefinition } from './exchange.feeds.js';
export { signWebhook, verifyWebhook, SIGNATURE_TOLERANCE_SECONDS, WEBHOOK_HEADERS } from './exchange.signature.js';
export { MAX_DELIVERY_ATTEMPTS, RETRY_BASE_SECONDS, retryDelaySeconds } from './exchange.webhooks.js';
