// The public holidays the Labour Code gives, for a year, with Tết and the Hùng Kings' day placed by the
// lunar calendar (date-holidays). They are a starting point to check against the year's official
// announcement, which fixes the exact days off and compensatory days: every generated year is "to verify".
import Holidays from "date-holidays";
import { addDays, parseIsoDate, toIsoDate } from "./business-date";
import { isoWeekday } from "./iso-week";

export interface StatutoryDay {
  date: Date;
  kind: "HOLIDAY" | "DAY_OFF";
  name: string;
  basis: string;
}

export const labourCode = (year: number) => (year >= 2021 ? "Bộ luật Lao động 2019, Điều 112" : "Bộ luật Lao động 2012, Điều 115");

export function statutoryDays(year: number): StatutoryDay[] {
  const basis = labourCode(year);
  const lunar = new Map<string, Date>();
  for (const h of new Holidays("VN").getHolidays(year)) {
    if (h.type === "public") lunar.set(h.name, parseIsoDate(h.date.slice(0, 10))!);
  }
  const eve = lunar.get("Giao thừa Tết Nguyên Đán");
  const hung = lunar.get("Giỗ tổ Hùng Vương");
  const days: StatutoryDay[] = [{ date: new Date(Date.UTC(year, 0, 1)), kind: "HOLIDAY", name: "Tết Dương lịch", basis }];
  // Tết: five days; placed here on New Year's Eve and the first four days of the year, as a draft for the announcement.
  if (eve)
    for (let i = 0; i < 5; i++)
      days.push({ date: addDays(eve, i), kind: "HOLIDAY", name: i === 0 ? "Tết Nguyên đán (giao thừa)" : `Tết Nguyên đán (mùng ${i})`, basis });
  if (hung) days.push({ date: hung, kind: "HOLIDAY", name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", basis });
  days.push(
    { date: new Date(Date.UTC(year, 3, 30)), kind: "HOLIDAY", name: "Ngày Chiến thắng (30/4)", basis },
    { date: new Date(Date.UTC(year, 4, 1)), kind: "HOLIDAY", name: "Ngày Quốc tế lao động (1/5)", basis },
    { date: new Date(Date.UTC(year, 8, 2)), kind: "HOLIDAY", name: "Quốc khánh (2/9)", basis },
  );
  // Since 2021 Quốc khánh is two days: 2/9 and the day before or after it, which the year's announcement
  // chooses. The draft takes the one that joins the weekend: the day after when 2/9 is a Monday, Thursday or
  // Sunday, the day before otherwise (as the announcements for 2024, 2025 and 2026 chose).
  if (year >= 2021) {
    const weekday = isoWeekday(new Date(Date.UTC(year, 8, 2)));
    const second = weekday === 1 || weekday === 4 || weekday === 7 ? 3 : 1;
    days.push({ date: new Date(Date.UTC(year, 8, second)), kind: "HOLIDAY", name: `Quốc khánh (${second}/9)`, basis });
  }
  // A holiday on a weekend gives a day off on the next working day.
  const taken = new Set(days.map((d) => toIsoDate(d.date)));
  for (const h of [...days]) {
    if (isoWeekday(h.date) < 6) continue;
    let next = addDays(h.date, 1);
    while (isoWeekday(next) >= 6 || taken.has(toIsoDate(next))) next = addDays(next, 1);
    taken.add(toIsoDate(next));
    days.push({ date: next, kind: "DAY_OFF", name: `Nghỉ bù ${h.name}`, basis });
  }
  return days.sort((a, b) => a.date.getTime() - b.date.getTime());
}
