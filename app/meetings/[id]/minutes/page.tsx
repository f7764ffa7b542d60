import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { meetingDetail } from "@/lib/meetings/queries";
import { minutesOf } from "@/lib/meetings/minutes";
import { meetingForReader } from "@/lib/meetings/present";
import { seesInFull } from "@/lib/privacy/reader";

export const metadata: Metadata = { title: "Biên bản giao ban" };

/** The minutes as an A4 page for printing, from the same model as the DOCX. */
export default async function MinutesPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const meeting = await meetingDetail(actor, (await params).id);
  if (!meeting) notFound();
  const doc = minutesOf(meetingForReader(meeting, seesInFull(actor, meeting.unit.path)));
  return (
    <>
      <p className="mb-3 text-sm print:hidden">
        <Link className="text-brand-700 underline" href={`/meetings/${meeting.id}`}>
          ← Về cuộc họp
        </Link>
        {" · "}
        <a className="text-brand-700 underline" href={`/api/meetings/${meeting.id}/minutes.docx`}>
          Tải DOCX
        </a>
        {" · "}Dùng lệnh In của trình duyệt để in trên khổ A4.
      </p>
      <article className="minutes mx-auto max-w-[210mm] bg-white p-[10mm] font-serif text-[14pt] leading-snug text-black shadow print:max-w-none print:p-0 print:shadow-none sm:p-[20mm]">
        <header className="grid grid-cols-[45%_55%] gap-2 text-center">
          <div className="text-[13pt]">
            {doc.issuer.map((l, i) => (
              <p key={l} className={i === doc.issuer.length - 1 ? "font-bold" : ""}>
                {l}
              </p>
            ))}
            <p>*</p>
            <p>{doc.number}</p>
          </div>
          <div>
            {doc.motto.map((l, i) => (
              <p key={l} className={`font-bold ${i === doc.motto.length - 1 ? "underline underline-offset-4" : ""}`}>
                {l}
              </p>
            ))}
            <p className="mt-3 italic">{doc.placeDate}</p>
          </div>
        </header>
        {doc.draft ? <p className="mt-4 text-center italic">DỰ THẢO — chưa được duyệt</p> : null}
        <h1 className="mt-6 text-center text-[15pt] font-bold">{doc.title}</h1>
        <p className="mb-4 text-center font-bold">{doc.subtitle}</p>
        {doc.sections.map((s) => (
          <section key={s.heading} className="mb-3">
            <h2 className="font-bold">{s.heading}</h2>
            {s.paragraphs.map((p, i) => (
              <p key={i} className="indent-[1cm] text-justify">
                {p}
              </p>
            ))}
          </section>
        ))}
        {doc.tasks.rows.length ? (
          <section className="mb-3">
            <h2 className="font-bold">V. NHIỆM VỤ GIAO</h2>
            <table className="w-full border-collapse text-[13pt]">
              <caption className="sr-only">Nhiệm vụ giao tại cuộc họp</caption>
              <thead>
                <tr>
                  {doc.tasks.header.map((h) => (
                    <th key={h} scope="col" className="border border-black p-1 text-left">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {doc.tasks.rows.map((r) => (
                  <tr key={r[0]}>
                    {r.map((c, i) => (
                      <td key={i} className="border border-black p-1 align-top">
                        {c}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
        <footer className="mt-8 grid grid-cols-2 text-center">
          {doc.signatures.map((s) => (
            <div key={s.role}>
              <p className="font-bold">{s.role}</p>
              <p className="text-[13pt] italic">(Ký, ghi rõ họ tên)</p>
              <p className="mt-20 font-bold">{s.name}</p>
            </div>
          ))}
        </footer>
      </article>
    </>
  );
}
