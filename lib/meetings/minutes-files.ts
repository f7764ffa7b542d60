// The minutes as files: the DOCX downloads of the minutes and of the conclusions notice (read within the
// actor's scope), and filing the scan of the signed minutes through the upload path (lib/files/upload-route.ts).
import "server-only";
import { db } from "../db";
import { runUpload } from "../files/upload-route";
import { safeFileName } from "../files/upload";
import { MAX_SCAN_BYTES, scanType, storeBytes } from "../files/store";
import { docxDownload } from "../documents/download";
import { RECORD_ID } from "../validation";
import { meetingDetail } from "./queries";
import { minutesOf } from "./minutes";
import { noticeOf } from "./notice";
import { today } from "../time/today";
import { meetingScope } from "../auth/records";
import { meetingForReader } from "./present";
import type { MeetingDetail } from "./queries";

/** A meeting's citizens' data in its documents: masked unless asked in full (lib/privacy/export.ts). */
const citizens = { unitPath: (m: MeetingDetail) => m.unit.path, mask: (m: MeetingDetail) => meetingForReader(m, false) };

export function minutesDocxResponse(id: string, url: URL): Promise<Response> {
  return docxDownload({
    id,
    url,
    citizens,
    action: "meeting.minutes_docx",
    entityType: "Meeting",
    load: meetingDetail,
    document: minutesOf,
    fileName: (m) => `bien-ban-giao-ban-${m.unit.code}-${m.heldOn.toISOString().slice(0, 10)}${m.minutesNumber ? `-so-${m.minutesNumber}` : "-du-thao"}.docx`,
  });
}

/** The conclusions notice: a draft until it is issued with its number (lib/meetings/notice-definitions.ts). */
export function noticeDocxResponse(id: string, url: URL): Promise<Response> {
  return docxDownload({
    id,
    url,
    citizens,
    action: "meeting.notice_docx",
    entityType: "Meeting",
    load: meetingDetail,
    document: (m) => noticeOf(m, today()),
    fileName: (m) => `thong-bao-ket-luan-${m.unit.code}-${m.heldOn.toISOString().slice(0, 10)}${m.notice ? "" : "-du-thao"}.docx`,
  });
}

export function handleMinutesScan(request: Request, id: string): Promise<Response> {
  return runUpload(request, id, {
    action: "meeting.attach_minutes",
    permission: "meeting.manage",
    field: "scan",
    limit: MAX_SCAN_BYTES,
    problemParam: "scanError",
    type: scanType,
    async load(meetingId, actor, permission) {
      const meeting = RECORD_ID.test(meetingId)
        ? await db.meeting.findFirst({
            where: { id: meetingId, ...meetingScope(actor, permission) },
            select: { id: true, status: true, unitId: true, minutesScanId: true, unit: { select: { path: true } } },
          })
        : null;
      return meeting ? { entityType: "Meeting", entityId: meeting.id, unitId: meeting.unitId, target: { unitPath: meeting.unit.path }, meeting } : null;
    },
    back: ({ meeting }, query) => `/meetings/${meeting.id}?${query}`,
    precondition: ({ meeting }) => (meeting.status === "APPROVED" ? null : "status"),
    // The file is written before the transaction (a file write is not a database call): an orphan file
    // without its row is harmless, a row without its file cannot happen.
    prepare: async (upload) => ({ sha256: storeBytes(upload.bytes), originalName: safeFileName(upload.name, "bien-ban") }),
    async write(tx, { actor, loaded: { meeting }, upload, prepared: { sha256, originalName } }) {
      const row = await tx.storedFile.create({
        data: { sha256, size: upload.bytes.byteLength, mimeType: upload.type, originalName, uploadedById: actor.userId },
      });
      // Approved and still approved: a reopen between the check and now leaves the scan unattached.
      const { count } = await tx.meeting.updateMany({ where: { id: meeting.id, status: "APPROVED" }, data: { minutesScanId: row.id } });
      if (count !== 1) return "status";
      return {
        audit: {
          action: "meeting.attach_minutes",
          entityType: "Meeting",
          entityId: meeting.id,
          unitId: meeting.unitId,
          before: { minutesScanId: meeting.minutesScanId },
          after: { minutesScanId: row.id, sha256, originalName },
        },
        redirectTo: `/meetings/${meeting.id}?scanSaved=1`,
      };
    },
  });
}
