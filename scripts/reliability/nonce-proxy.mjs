// An HTTP proxy for sqlmap (its --proxy) that writes the page's CSP nonce as one fixed word. Every page
// carries a fresh nonce (in its tags and in the React payload), so without this sqlmap finds each page's
// content "not stable" and compares pages by likeness, where chance can pass for a boolean difference (it
// once flagged `to` on /admin/audit so). Only the nonce named by the response's own
// Content-Security-Policy header is replaced; everything else reaches sqlmap as the server sent it.
import http from "node:http";

export async function startNonceProxy() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url);
    const headers = { ...req.headers, host: url.host };
    delete headers["proxy-connection"];
    // The body is rewritten, so it must arrive uncompressed.
    delete headers["accept-encoding"];
    const upstream = http.request({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: req.method, headers }, (r) => {
      const chunks = [];
      r.on("data", (c) => chunks.push(c));
      r.on("end", () => {
        let body = Buffer.concat(chunks);
        const nonce = /'nonce-([^']+)'/.exec(String(r.headers["content-security-policy"] ?? ""))?.[1];
        const out = { ...r.headers };
        if (nonce && /text\/(html|x-component)/.test(String(r.headers["content-type"] ?? ""))) {
          body = Buffer.from(body.toString("utf8").split(nonce).join("FIXED-NONCE"));
          out["content-security-policy"] = String(out["content-security-policy"]).split(nonce).join("FIXED-NONCE");
        }
        delete out["transfer-encoding"];
        out["content-length"] = String(body.length);
        res.writeHead(r.statusCode ?? 502, out);
        res.end(body);
      });
    });
    upstream.on("error", () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
