import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", "generated/**", "data/**", "tmp/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Import direction (docs/ARCHITECTURE.md): app → components → lib. The domain layer never reaches up
    // into the interface, not even for a type.
    files: ["lib/**/*.{ts,tsx}", "prisma/**/*.ts", "scripts/**/*.{ts,mjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/components/*", "@/app/*", "**/components/*", "**/app/*"],
              message: "lib/ does not import from components/ or app/: move what both need into lib/.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
