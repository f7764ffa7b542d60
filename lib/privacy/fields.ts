// The marked fields for a citizen's identity (decision 0039), validated the same way wherever a form has
// them: a name, a phone (stored as 0 and 9 digits), an identity number (9 or 12 digits), an address. A value
// copied from a masked page ("N. V. A", "09******78") is refused rather than stored over the real one.
import { optionalText } from "../validation";
import { looksMasked } from "./mask";

const MASKED = (label: string) => `${label}: đây là giá trị đã che bớt, không lưu được. Hãy nhập đầy đủ hoặc để trống.`;

const unmasked = (label: string, max: number) =>
  optionalText(label, max)
    .transform((s) => s ?? "")
    .refine((s) => !looksMasked(s), MASKED(label));

export const citizenFields = {
  citizenName: unmasked("Họ tên người dân", 120),
  citizenPhone: unmasked("Số điện thoại", 20)
    .transform((s) => s.replace(/[\s.-]/g, "").replace(/^\+84/, "0"))
    .refine((s) => s === "" || /^0\d{9}$/.test(s), "Số điện thoại: 10 chữ số bắt đầu bằng 0 (hoặc +84 và 9 chữ số)."),
  citizenIdNumber: unmasked("Số định danh (CMND/CCCD)", 20)
    .transform((s) => s.replace(/[\s.-]/g, ""))
    .refine((s) => s === "" || /^(\d{9}|\d{12})$/.test(s), "Số định danh: 9 chữ số (CMND) hoặc 12 chữ số (CCCD)."),
  citizenAddress: unmasked("Địa chỉ", 300),
};

export type CitizenFields = { citizenName: string; citizenPhone: string; citizenIdNumber: string; citizenAddress: string };

export const NO_CITIZEN: CitizenFields = { citizenName: "", citizenPhone: "", citizenIdNumber: "", citizenAddress: "" };

export const hasCitizen = (c: CitizenFields) => Boolean(c.citizenName || c.citizenPhone || c.citizenIdNumber || c.citizenAddress);
