export { createClient, type QmiClient, type UpdateOptions, type GuardedOptions, type ListApplicationsParams } from './client.js';
export type { ClientOptions, RequestOptions, CreateOptions } from './http.js';
export * from './errors.js';
export { path } from './paths.js';
export { PlatformClock, PLATFORM_TIME_HEADER } from './platform-clock.js';
