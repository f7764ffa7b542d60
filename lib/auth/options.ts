// next-auth v4: credentials provider `credentials` (fields username, password), JWT sessions whose token
// carries the database session id (lib/auth/actor.ts checks it on every request).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import { env, isHttps } from "../env";
import { addressFrom } from "../request-context";
import { SESSION_ABSOLUTE_MS } from "./limits";
import { decodeSessionToken, encodeSessionToken } from "./jwt";
import { revokeSession } from "./sessions";
import { signInWithPassword } from "./sign-in";

declare module "next-auth" {
  interface User {
    sid?: string;
  }
  interface Session {
    sid?: string;
    uid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

export const SESSION_MAX_AGE_S = SESSION_ABSOLUTE_MS / 1000;

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  useSecureCookies: isHttps,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Tên đăng nhập",
      credentials: {
        username: { label: "Tên đăng nhập", type: "text" },
        password: { label: "Mật khẩu", type: "password" },
      },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const result = await signInWithPassword(
          { username: credentials?.username ?? "", password: credentials?.password ?? "" },
          { requestId: headers["x-request-id"] ?? null, address: addressFrom(headers["x-forwarded-for"] ?? null, headers["x-real-ip"] ?? null) },
        );
        return result.ok ? { id: result.userId, name: result.displayName, sid: result.sessionId } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sid) token.sid = user.sid;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: token.sid, uid: token.sub };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await revokeSession(db, token.sid, "SIGN_OUT");
    },
  },
};

/** The session cookie next-auth reads, for signing in from the server action of /login. */
export function sessionCookieName(): string {
  return `${isHttps ? "__Secure-" : ""}next-auth.session-token`;
}
