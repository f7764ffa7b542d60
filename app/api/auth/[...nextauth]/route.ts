import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth validates the credentials form itself (CSRF token, provider id) and calls authorize(),
// which throttles, verifies and audits through lib/auth/sign-in.ts.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
