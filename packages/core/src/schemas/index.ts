export * from './call.js';
export * from './application.js';
export * from './lifecycle.js';
export * from './message.js';
export * from './account.js';
export * from './problem.js';
