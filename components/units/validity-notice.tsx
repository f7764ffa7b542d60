import { Notice } from "@/components/ui/notice";
import { addDays, formatDate } from "@/lib/time/business-date";
import { isValidOn } from "@/lib/units/validity";

/** Says so when the page shows a unit version that is not in force on the viewing date. */
export function ValidityNotice({ unit, day }: { unit: { validFrom: Date; validTo: Date | null }; day: Date }) {
  if (isValidOn(unit, day)) return null;
  if (unit.validFrom > day)
    return (
      <Notice tone="warning">
        Vào ngày {formatDate(day)} đơn vị này chưa được thành lập (có hiệu lực từ {formatDate(unit.validFrom)}).
      </Notice>
    );
  return (
    <Notice tone="warning">Đơn vị này đã thôi tồn tại từ ngày {formatDate(addDays(unit.validTo!, 1))}. Hồ sơ của đơn vị vẫn được giữ nguyên để tra cứu.</Notice>
  );
}
