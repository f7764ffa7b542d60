// npm run maps — writes the district shapes file the province map draws from (public/maps/), from the
// boundaries in prisma/data. Run it after the boundaries change; a unit test fails while the file is stale.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { districtMap, districtSprite, SPRITE_PATH } from "../lib/blocs/district-map";

const file = path.join(process.cwd(), "public", SPRITE_PATH);
writeFileSync(file, districtSprite(districtMap()));
console.log(`${file}: ${districtMap().shapes.length} districts`);
