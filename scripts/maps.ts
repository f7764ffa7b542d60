// npm run maps — writes the shapes files the province maps draw from (public/maps/), from the boundaries and
// the lineage in prisma/data: the 14 districts of 2018, and today's units built from the 2018 communes. Run
// it after either changes; a unit test fails while a file is stale.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { districtMap, districtSprite, SPRITE_PATH } from "../lib/blocs/district-map";
import { unitMap, unitSprite, UNITS_SPRITE_PATH } from "../lib/units/unit-map";

const districts = path.join(process.cwd(), "public", SPRITE_PATH);
writeFileSync(districts, districtSprite(districtMap()));
console.log(`${districts}: ${districtMap().shapes.length} districts`);
const units = path.join(process.cwd(), "public", UNITS_SPRITE_PATH);
writeFileSync(units, unitSprite(unitMap()));
const map = unitMap();
console.log(
  `${units}: ${map.shapes.length} units (${map.shapes.filter((s) => s.approximate).length} approximate), ${map.unassigned.length} communes of 2018 unassigned`,
);
