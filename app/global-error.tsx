"use client";

// The last resort when the root layout itself fails: a plain page without the shell.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", textAlign: "center" }}>
        <h1>Hệ thống tạm thời không phục vụ được</h1>
        <p>Vui lòng thử lại sau ít phút.</p>
        {error.digest ? <p style={{ fontSize: "0.8rem" }}>Mã lỗi: {error.digest}</p> : null}
      </body>
    </html>
  );
}
