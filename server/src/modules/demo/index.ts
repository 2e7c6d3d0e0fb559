export { seedDemo, hasActiveDemoAccounts } from './demo.seed.js';
export { DEMO_INSTITUTION, DEMO_LEARNER, DEMO_ORG_IDS, DEMO_PASSWORD, DEMO_STAFF } from './demo.accounts.js';
export { seedDemoTraining } from './demo.training.js';
export { seedDemoSupervision } from './demo.supervision.js';
