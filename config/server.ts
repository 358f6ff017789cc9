// Listens on '::' by default so the portal answers over IPv6 and IPv4 alike (R32).
export default ({ env }) => ({
  host: env('HOST', '::'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: env.bool('IS_PROXIED', false),
  app: { keys: env.array('APP_KEYS') },
});
