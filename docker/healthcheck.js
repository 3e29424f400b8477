// The images' HEALTHCHECK, in node (the images have no curl): the API's /api/health/ready
// (PostgreSQL and Temporal reachable, not shutting down), or the worker's /ready (polling its task
// queue) on WORKER_HEALTH_PORT.
// Without a health port the worker counts as healthy while its process runs.
const [target] = process.argv.slice(2);
const env = process.env;
const url =
  target === 'api'
    ? `http://127.0.0.1:${env.API_PORT || 3000}/api/health/ready`
    : env.WORKER_HEALTH_PORT && `http://127.0.0.1:${env.WORKER_HEALTH_PORT}/ready`;
if (!url) process.exit(0);
fetch(url, { signal: AbortSignal.timeout(4000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
