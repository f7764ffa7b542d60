// Posts to pages are server actions. Next answers 500 when one is larger than the body limit or when a
// form posted without JavaScript carries broken action fields (hand-made or tampered bodies); the proxy
// answers those 413 and 400 instead, before Next parses them. Found by the HTTP fuzz run (issue 9).
/** Next's own limit for action bodies (next.config.ts serverActions.bodySizeLimit), checked first here. */
export const ACTION_BODY_LIMIT = 256 * 1024;

export type ActionRequestProblem = { status: 400 | 413; message: string };

const TOO_LARGE: ActionRequestProblem = {
  status: 413,
  message: "Nội dung gửi lên quá lớn (tối đa 256 KB cho một biểu mẫu). Tệp đính kèm hãy tải lên ở ô tải tệp.",
};
const MALFORMED: ActionRequestProblem = { status: 400, message: "Yêu cầu không hợp lệ. Hãy tải lại trang rồi gửi lại biểu mẫu." };

/** Every string in a parsed JSON value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * The action fields React puts on a form that works without JavaScript, as Next will decode them:
 * `$ACTION_REF_<n>` with its metadata `$ACTION_<n>:0` ({ id, bound }), the bound arguments as JSON parts
 * `$ACTION_<n>:<k>` whose references ("$@<hex>", "$<hex>") must name parts that are there, `$ACTION_KEY`,
 * or `$ACTION_ID_<id>` for an unbound action.
 */
function actionFieldsProblem(form: FormData): boolean {
  const refs = new Set<string>();
  const parts = new Map<string, unknown>();
  for (const [name, value] of form.entries()) {
    if (!name.startsWith("$ACTION")) continue;
    if (typeof value !== "string") return true;
    let m;
    if ((m = /^\$ACTION_REF_(\d{1,6})$/.exec(name))) refs.add(m[1]);
    else if ((m = /^\$ACTION_(\d{1,6}:\d{1,6})$/.exec(name))) {
      try {
        parts.set(m[1], JSON.parse(value));
      } catch {
        return true;
      }
    } else if (name !== "$ACTION_KEY" && !/^\$ACTION_ID_[0-9a-f]{1,64}$/.test(name)) return true;
  }
  for (const ref of refs) {
    const meta = parts.get(`${ref}:0`) as { id?: unknown; bound?: unknown } | undefined;
    if (!meta || typeof meta !== "object" || typeof meta.id !== "string" || !(meta.bound === null || typeof meta.bound === "string")) return true;
    // The bound arguments are a list: a reference to a part that decodes to anything else (`null`) made
    // Next read its length and answer 500 (found by the HTTP fuzz).
    const bound = typeof meta.bound === "string" ? /^\$@([0-9a-f]{1,8})$/.exec(meta.bound) : null;
    if (bound && !Array.isArray(parts.get(`${ref}:${parseInt(bound[1], 16)}`))) return true;
  }
  for (const [key, value] of parts) {
    const prefix = key.split(":")[0];
    for (const s of strings(value)) {
      const m = /^\$@?([0-9a-f]{1,8})$/.exec(s);
      if (m && !parts.has(`${prefix}:${parseInt(m[1], 16)}`)) return true;
    }
  }
  return false;
}

export async function actionRequestProblem(request: Request): Promise<ActionRequestProblem | null> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isFinite(length) || length > ACTION_BODY_LIMIT) return TOO_LARGE;
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  // With JavaScript the action id travels in a header and React encodes the body; Next refuses bad ones itself.
  if (request.headers.get("next-action")) return null;
  if (!type.startsWith("multipart/form-data") && !type.startsWith("application/x-www-form-urlencoded")) return null;
  try {
    return actionFieldsProblem(await request.clone().formData()) ? MALFORMED : null;
  } catch {
    return MALFORMED;
  }
}
