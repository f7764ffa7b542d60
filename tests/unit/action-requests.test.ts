// Posts to pages that Next would answer with a 500 are refused first, with a message.
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, actionRequestProblem } from "@/lib/action-requests";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://portal.test/communes/06922/meetings/new", { method: "POST", body, headers });
const form = (fields: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of fields) f.append(k, v);
  return f;
};

describe("action requests", () => {
  it("lets a form posted without JavaScript through, with its action fields intact", async () => {
    expect(
      await actionRequestProblem(
        post(
          form([
            ["$ACTION_REF_1", ""],
            ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
            ["$ACTION_1:1", "[]"],
            ["$ACTION_KEY", "k1"],
            ["title", "Họp giao ban"],
          ]),
        ),
      ),
    ).toBeNull();
    expect(
      await actionRequestProblem(
        post(
          form([
            ["$ACTION_ID_0123abcd", ""],
            ["title", "<script>"],
          ]),
        ),
      ),
    ).toBeNull();
    // With JavaScript: the body is React's encoding, checked by Next.
    expect(await actionRequestProblem(post("[1,2", { "next-action": "0123abcd", "content-type": "text/plain;charset=UTF-8" }))).toBeNull();
  });

  it("refuses a body over the limit with 413, and broken action fields or a broken multipart body with 400", async () => {
    expect((await actionRequestProblem(post("x", { "content-length": String(ACTION_BODY_LIMIT + 1) })))?.status).toBe(413);
    expect(
      (
        await actionRequestProblem(
          post(
            form([
              ["$ACTION_REF_1", ""],
              ["$ACTION_1:0", '{"id":'],
            ]),
          ),
        )
      )?.status,
    ).toBe(400);
    expect((await actionRequestProblem(post(form([["$ACTION_REF_1", ""]]))))?.status).toBe(400);
    expect((await actionRequestProblem(post(form([["$ACTION_<script>", "x"]]))))?.status).toBe(400);
    expect((await actionRequestProblem(post("------y\r\nbroken", { "content-type": "multipart/form-data; boundary=----x" })))?.status).toBe(400);
    expect((await actionRequestProblem(post("------y\r\nbroken", { "content-type": "multipart/form-data; boundary=----x" })))?.message).toMatch(
      /^Yêu cầu không hợp lệ/,
    );
  });
});

describe("action fields referring to parts", () => {
  it("refuses metadata of the wrong shape and a reference to a part that was left out", async () => {
    const ok: [string, string][] = [
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
      ["$ACTION_1:1", '[{"ok":false}]'],
    ];
    expect(await actionRequestProblem(post(form(ok)))).toBeNull();
    expect((await actionRequestProblem(post(form([ok[0], ok[1]]))))?.status).toBe(400);
    expect((await actionRequestProblem(post(form([ok[0], ["$ACTION_1:0", "null"], ok[2]]))))?.status).toBe(400);
    expect((await actionRequestProblem(post(form([ok[0], ["$ACTION_1:0", '{"id":7,"bound":null}']]))))?.status).toBe(400);
    // Bound arguments that decode to something other than a list (the fuzz sent "null"): Next answered 500.
    expect((await actionRequestProblem(post(form([ok[0], ok[1], ["$ACTION_1:1", "null"]]))))?.status).toBe(400);
    expect((await actionRequestProblem(post(form([ok[0], ok[1], ["$ACTION_1:1", '{"0":1}']]))))?.status).toBe(400);
  });
});
