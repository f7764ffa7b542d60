import { addressFrom } from "@/lib/request-context";
import { unsubscribe } from "@/lib/mail/unsubscribe";

export const dynamic = "force-dynamic";

/**
 * POST /api/unsubscribe?t=<token>: the one-click unsubscribe of a message (RFC 8058: the mail client posts
 * "List-Unsubscribe=One-Click"), or the confirmation form of /unsubscribe (field t). No sign-in: the token
 * is the authority, for its own recipient and topic only (lib/mail/unsubscribe.ts). A form is sent back to
 * the page, which shows the result; a mail client gets a status.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const form = (request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded") ? await request.formData().catch(() => null) : null;
  const field = form?.get("t");
  const token = typeof field === "string" ? field : url.searchParams.get("t");
  const outcome = await unsubscribe(token, {
    requestId: request.headers.get("x-request-id"),
    address: addressFrom(request.headers.get("x-forwarded-for"), request.headers.get("x-real-ip")),
  });
  const headers = { "Cache-Control": "no-store" };
  if (typeof field === "string") {
    // A relative location: behind a proxy the request's own URL may name an internal host.
    const back = `/unsubscribe?${new URLSearchParams({ t: token ?? "", result: outcome })}`;
    return new Response(null, { status: 303, headers: { ...headers, Location: back } });
  }
  if (outcome === "invalid") return new Response("Liên kết không hợp lệ.", { status: 404, headers });
  return new Response(outcome === "done" ? "Đã ngừng gửi loại thư này." : "Loại thư này đã ngừng gửi từ trước.", { status: 200, headers });
}
