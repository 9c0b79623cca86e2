/** The shared Redis connection, or null when REDIS_URL is not set (single-process installs). */
export const REDIS = Symbol('REDIS');
