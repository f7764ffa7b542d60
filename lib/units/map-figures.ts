// What the map of today's units is coloured by (a query parameter, `map=`): the recorded model, whether the
// bloc is established, meetings in the last 4 weeks, overdue tasks, the monthly report's on-time rate, the
// "Dân vận khéo" models registered this year.
import { MODEL_COLOUR, MODEL_LABEL, STATUS_LABEL } from "../blocs/labels";
import type { CommuneBlocRow } from "../blocs/queries";

export const MAP_FIGURES = {
  model: "Mô hình khối",
  status: "Trạng thái khối",
  held4: "Giao ban trong 4 tuần",
  overdue: "Nhiệm vụ quá hạn",
  onTime: "Báo cáo tháng đúng hạn",
  models: "Mô hình Dân vận khéo đăng ký năm nay",
} as const;
export type MapFigure = keyof typeof MAP_FIGURES;

export const parseMapFigure = (v: string | string[] | undefined): MapFigure => (typeof v === "string" && v in MAP_FIGURES ? (v as MapFigure) : "model");

const NONE = "#cbd5e1";
const SCALE = ["#fee2e2", "#fca5a5", "#ef4444", "#991b1b"];
const GOOD = ["#dcfce7", "#86efac", "#22c55e", "#166534"];

export function mapPaint(
  figure: MapFigure,
  rows: CommuneBlocRow[],
  metrics: {
    activity?: Map<string, { held4: number; overdue: number }>;
    rates?: Map<string, { expected: number; onTime: number }>;
    /** Per unit id: the models registered this year. */
    models?: Map<string, number>;
  },
) {
  const colourOf = new Map<string, { fill: string; text: string }>();
  const band = (n: number, edges: number[]) => edges.filter((e) => n >= e).length;
  let legend: { fill: string; label: string }[] = [];
  for (const r of rows) {
    const a = metrics.activity?.get(r.unitId);
    switch (figure) {
      case "model":
        colourOf.set(r.code, r.model ? { fill: MODEL_COLOUR[r.model], text: MODEL_LABEL[r.model] } : { fill: NONE, text: "chưa ghi nhận mô hình" });
        break;
      case "status":
        colourOf.set(r.code, {
          fill: r.status === "ESTABLISHED" ? GOOD[3] : r.status === "OPERATING_INFORMALLY" ? GOOD[1] : NONE,
          text: STATUS_LABEL[r.status],
        });
        break;
      case "held4":
        colourOf.set(r.code, { fill: a?.held4 ? GOOD[Math.min(3, a.held4)] : SCALE[0], text: `${a?.held4 ?? 0} cuộc giao ban trong 4 tuần` });
        break;
      case "overdue":
        colourOf.set(r.code, { fill: a?.overdue ? SCALE[band(a.overdue, [1, 3, 6])] : GOOD[0], text: `${a?.overdue ?? 0} nhiệm vụ quá hạn` });
        break;
      case "models": {
        const n = metrics.models?.get(r.unitId) ?? 0;
        colourOf.set(r.code, { fill: n ? GOOD[Math.min(3, n)] : NONE, text: `${n} mô hình Dân vận khéo` });
        break;
      }
      case "onTime": {
        const q = metrics.rates?.get(r.unitId);
        const share = q && q.expected ? q.onTime / q.expected : null;
        colourOf.set(
          r.code,
          share === null
            ? { fill: NONE, text: "chưa phải gửi báo cáo" }
            : { fill: GOOD[Math.min(3, Math.floor(share * 4))], text: `đúng hạn ${q!.onTime}/${q!.expected}` },
        );
        break;
      }
    }
  }
  switch (figure) {
    case "model":
      legend = [
        ...(["DAN_VAN_BLOC", "JOINT_ADVISORY_UNIT", "COORDINATION_UNIT"] as const).map((m) => ({ fill: MODEL_COLOUR[m], label: MODEL_LABEL[m] })),
        { fill: NONE, label: "Chưa ghi nhận" },
      ];
      break;
    case "status":
      legend = [
        { fill: GOOD[3], label: STATUS_LABEL.ESTABLISHED },
        { fill: GOOD[1], label: STATUS_LABEL.OPERATING_INFORMALLY },
        { fill: NONE, label: "Khác" },
      ];
      break;
    case "held4":
      legend = [0, 1, 2, 3].map((n) => ({ fill: n ? GOOD[n] : SCALE[0], label: n === 3 ? "3–4 cuộc" : `${n} cuộc` }));
      break;
    case "overdue":
      legend = [
        { fill: GOOD[0], label: "0" },
        { fill: SCALE[1], label: "1–2" },
        { fill: SCALE[2], label: "3–5" },
        { fill: SCALE[3], label: "6 trở lên" },
      ];
      break;
    case "models":
      legend = [
        { fill: NONE, label: "chưa đăng ký" },
        { fill: GOOD[1], label: "1 mô hình" },
        { fill: GOOD[2], label: "2 mô hình" },
        { fill: GOOD[3], label: "3 trở lên" },
      ];
      break;
    case "onTime":
      legend = [
        { fill: GOOD[0], label: "dưới 25%" },
        { fill: GOOD[1], label: "25–49%" },
        { fill: GOOD[2], label: "50–74%" },
        { fill: GOOD[3], label: "75% trở lên" },
        { fill: NONE, label: "chưa phải gửi" },
      ];
      break;
  }
  return { colourOf, legend, caption: `Bản đồ các đơn vị cấp xã tô màu theo: ${MAP_FIGURES[figure].toLowerCase()}` };
}
