// The citizen a record names, as the reader may see it (already masked by lib/privacy for other readers).
import { hasCitizen, type CitizenFields } from "@/lib/privacy/fields";

export function CitizenLine({ citizen }: { citizen: CitizenFields }) {
  if (!hasCitizen(citizen)) return null;
  const parts = [
    citizen.citizenName,
    citizen.citizenPhone && `ĐT ${citizen.citizenPhone}`,
    citizen.citizenIdNumber && `Số định danh ${citizen.citizenIdNumber}`,
    citizen.citizenAddress && `Địa chỉ: ${citizen.citizenAddress}`,
  ].filter(Boolean);
  return (
    <p className="text-sm">
      <span className="font-semibold">Người dân liên quan: </span>
      <span data-citizen>{parts.join(" · ")}</span>
    </p>
  );
}
