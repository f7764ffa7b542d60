// npm run privacy:doc: writes docs/PRIVACY.md from the inventory of personal data (lib/privacy/inventory.ts).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { privacyDocument } from "../lib/privacy/document";

const file = path.resolve(import.meta.dirname, "..", "docs", "PRIVACY.md");
writeFileSync(file, privacyDocument());
console.log(`Đã ghi ${path.relative(process.cwd(), file)}.`);
