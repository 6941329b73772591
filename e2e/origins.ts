// The three origins the end-to-end tests serve: the app, the page that embeds it, and a stranger.
// E2E_PORT moves them (to E2E_PORT, +1 and +2), so two checkouts can test side by side; the suite
// always starts its own servers and fails if a port is taken, never testing someone else's build.
const APP_PORT = Number(process.env.E2E_PORT) || 4173;

export const PORTS = { app: APP_PORT, host: APP_PORT + 1, stranger: APP_PORT + 2 } as const;
export const APP = `http://127.0.0.1:${PORTS.app}`;
export const HOST = `http://127.0.0.1:${PORTS.host}`;
export const STRANGER = `http://127.0.0.1:${PORTS.stranger}`;
