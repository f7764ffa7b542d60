// Server time of every request, as the server itself sees it: from the moment Node has parsed the
// request's head to the moment the last byte of the response was handed to the socket (rendering,
// streaming and compression included, the network and the client not). One log line per request
// ("request done", with its id, path, status and milliseconds), read by operators and by `npm run
// bench:pages`. Node's own diagnostics channels, so no part of the framework is patched.
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { logger } from "./log";

const started = new WeakMap<ServerResponse, number>();
/** The build's assets and public files: not logged (the proxy does not run for them either). */
const STATIC = /^\/(_next\/static|_next\/image|fonts|maps)\/|^\/(favicon\.ico|icon\.svg)$/;
let installed = false;

export function recordRequestTimes() {
  if (installed) return;
  installed = true;
  subscribe("http.server.request.start", (message) => {
    const { response } = message as { response: ServerResponse };
    started.set(response, performance.now());
  });
  subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const start = started.get(response);
    const path = (request.url ?? "").split("?")[0];
    if (start === undefined || STATIC.test(path)) return;
    const ms = Math.round((performance.now() - start) * 100) / 100;
    const requestId = response.getHeader("x-request-id");
    logger.info("request done", {
      requestId: typeof requestId === "string" ? requestId : undefined,
      method: request.method,
      path,
      status: response.statusCode,
      ms,
    });
  });
}
