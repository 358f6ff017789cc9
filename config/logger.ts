// LOG_LEVEL=warn keeps test and script output readable; the server default logs requests.
export default ({ env }) => ({ level: env('LOG_LEVEL', 'http') });
