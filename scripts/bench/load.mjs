// What the HTTP benchmarks share: one timed load of a scenario with autocannon (requests per second, p95,
// wrong statuses with the first wrong answer's message), and the meeting save as a browser without
// JavaScript posts it (the meeting form's own hidden server-action fields, attendance, two content items,
// a new submission id each time; a 303 to the saved meeting is a success).
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { unescapeHtml } from "../reliability/server.mjs";

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** The form's messages in a page that was not the expected answer (why a save was refused). */
const messagesOf = (text) =>
  [...String(text).matchAll(/role="alert"[^>]*>(.*?)<\/(?:div|p)>/g)]
    .map((m) => m[1].replace(/<[^>]+>/g, ""))
    .concat([...String(text).matchAll(/id="([^"]*-error)"[^>]*>(.*?)<\/p>/g)].map((m) => `${m[1]}: ${m[2].replace(/<[^>]+>/g, "")}`))
    .join(" / ") || String(text).slice(0, 200);

/** `seconds` of load on `scenario` with `connections` connections. */
export async function load({ url, method = "GET", headers = {}, body, expect = 200 }, seconds, connections) {
  const latencies = [];
  let wrong = 0;
  let firstWrong = "";
  const statuses = {};
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method,
        headers,
        ...(body ? { setupRequest: (req) => ({ ...req, body: Buffer.from(body()) }) } : {}),
        onResponse: (status, text) => {
          if (status !== expect && !firstWrong) firstWrong = messagesOf(text);
        },
      },
    ],
  });
  instance.on("response", (_client, status, _bytes, ms) => {
    latencies.push(ms);
    if (status !== expect) {
      wrong++;
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  });
  const result = await new Promise((resolve, reject) => instance.once("done", resolve).once("error", reject));
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / seconds,
    p95: latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)] ?? NaN,
    wrong,
    statuses,
    firstWrong,
    errors: result.errors + result.timeouts,
  };
}

/**
 * The meeting save scenario for commune `code` as the signed-in `cookie`: extraordinary meetings on the days
 * of July and August 2018 in turn. No new tasks: every save is in the same commune, so each would carry
 * every task of the meetings before it (thousands after a minute).
 */
export async function meetingSave(base, cookie, code = "06922") {
  const html = await (await fetch(`${base}/communes/${code}/meetings/new`, { headers: { cookie } })).text();
  const start = html.indexOf('<form class="space-y-4"');
  const form = html.slice(start, html.indexOf("</form>", start));
  const fields = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) fields[unescapeHtml(m[1])] = unescapeHtml(m[2] ?? "");
  for (const m of form.matchAll(/<input type="radio"[^>]*name="(att_[^"]+)"[^>]*value="present"/g)) fields[m[1]] = "present";
  const contents = [...form.matchAll(/<textarea[^>]*name="(wg_[^"]+)"/g)].map((m) => m[1]).slice(0, 2);
  if (!Object.keys(fields).some((k) => k.startsWith("$ACTION")) || contents.length < 2) throw new Error("the meeting form's fields were not found");
  const boundary = "----bench-boundary-7MA4YWxkTrZu0gW";
  let n = 0;
  const body = () => {
    const day = new Date(Date.UTC(2018, 6, 1 + (n++ % 43))).toISOString().slice(0, 10);
    // Constant length: autocannon keeps the first request's Content-Length.
    const values = {
      ...fields,
      submissionId: randomUUID(),
      heldOn: day,
      kind: "EXTRAORDINARY",
      [contents[0]]: "Nắm tình hình nhân dân trong tuần",
      [contents[1]]: "Vận động vệ sinh môi trường",
      conclusions: `Kết luận ${String(n).padStart(8, "0")}`,
    };
    return (
      Object.entries(values)
        .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
        .join("") + `--${boundary}--\r\n`
    );
  };
  return {
    url: `${base}/communes/${code}/meetings/new`,
    method: "POST",
    headers: { cookie, origin: base, "content-type": `multipart/form-data; boundary=${boundary}` },
    body,
    expect: 303,
  };
}
