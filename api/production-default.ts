/**
 * Without NODE_ENV, the API runs as production (config.ts reads it so too).
 * graphql-js and Express look at NODE_ENV once, when they load, and without
 * "production" they run development checks on every request: graphql-js's
 * cross-realm instanceOf alone was about 2 % of the API's CPU on a timeline.
 * The entry points import this first, before anything loads either of them.
 */
process.env.NODE_ENV ??= 'production';
