import { redirect } from "next/navigation";

// Each role gets its own home once sign-in lands (DESIGN.md, routes); until then everyone starts at the province.
export default function Home() {
  redirect("/province");
}
